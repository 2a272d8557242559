// allow: medium
// A kiosk shell's power menu: the application calls shutdown() or restart() when the user picks them.
'use strict';
const { execFile } = require('child_process');
function shutdown() {
  return process.platform === 'win32' ? execFile('shutdown', ['/s', '/t', '0']) : execFile('systemctl', ['poweroff']);
}
function restart() {
  return process.platform === 'win32' ? execFile('shutdown', ['/r', '/t', '0']) : execFile('systemctl', ['reboot']);
}
module.exports = { shutdown, restart };
