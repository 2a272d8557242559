// source: the shape of Windows path and shortcut helpers (upath, create-desktop-shortcuts): UNC paths are
// parsed as data, and shortcuts point at the app's own local icon
const path = require('path');
const fs = require('fs');

function isUnc(p) {
  return /^\\\\[^\\]+\\[^\\]+/.test(p);
}
function toPosix(p) {
  return isUnc(p) ? '//' + p.slice(2).replace(/\\/g, '/') : p.replace(/\\/g, '/');
}
function makeShortcut(dir, name, target, icon) {
  const body = `[InternetShortcut]\r\nURL=file:///${toPosix(target)}\r\nIconFile=${icon || path.join(__dirname, 'app.ico')}\r\n`;
  fs.writeFileSync(path.join(dir, `${name}.url`), body);
}
// `\\?\C:\very\long\path` and `\\.\pipe\x` are this machine's
const EXAMPLES = ['\\\\?\\C:\\Users\\me\\app.ico', '\\\\.\\pipe\\app'];

module.exports = { isUnc, toPosix, makeShortcut, EXAMPLES };
