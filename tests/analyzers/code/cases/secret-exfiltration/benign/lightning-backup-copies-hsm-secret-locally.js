// expect: benign
// A Core Lightning backup helper that copies the node's hsm_secret into the user's own backup directory (no network):
// reading the key file is what a backup does (compare the plugin that posts it).
const fs = require('fs');
const os = require('os');
const path = require('path');
const ldir = process.env.LIGHTNING_DIR || path.join(os.homedir(), '.lightning', 'bitcoin');
const backup = path.join(os.homedir(), 'lightning-backups', new Date().toISOString().slice(0, 10));
fs.mkdirSync(backup, { recursive: true, mode: 0o700 });
fs.writeFileSync(path.join(backup, 'hsm_secret'), fs.readFileSync(path.join(ldir, 'hsm_secret')), { mode: 0o600 });
console.log('hsm_secret copied to ' + backup);
