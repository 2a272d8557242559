// when: install
// source: the shape of Windows prebuilt installers that unpack a shipped archive with PowerShell through a wrapper:
// the wrapper's commands are read, and they download nothing and run nothing
const { execFileSync } = require('child_process');
const path = require('path');
const ps = (cmd) => execFileSync('powershell.exe', ['-NoProfile', '-Command', cmd], { stdio: 'inherit' });
if (process.platform === 'win32') {
  const zip = path.join(__dirname, 'prebuilt', 'win32-x64.zip');
  ps(`Expand-Archive -Force '${zip}' '${path.join(__dirname, 'bin')}'`);
}
