// allow: medium (the executable is shipped outside a native-binary package: a note, not an alarm)
// source: node-notifier@10.0.1 package.json and notifiers/toaster.js: the Windows toast helper is run
// on demand when the app calls notify(); the only scripts that name the .exe are developer scripts
// (`copy-resources`, an example), which npm never runs at install.
const path = require('path');
const { execFile } = require('child_process');

function WindowsToaster(options) {
  this.options = options || {};
}
WindowsToaster.prototype.notify = function (message, callback) {
  const exe = path.join(__dirname, 'vendor', 'snoreToast', 'snoretoast-x64.exe');
  execFile(exe, ['-t', String(message.title), '-m', String(message.message)], callback);
  return this;
};
module.exports = { WindowsToaster };
