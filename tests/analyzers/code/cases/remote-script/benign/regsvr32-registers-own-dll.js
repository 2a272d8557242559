// expect: clean
// source: Windows installer helpers register the package's own COM DLL with regsvr32 when asked (no URL: nothing
// is fetched).
const { spawn } = require('child_process');
const path = require('path');

function run(exe, args) {
  return spawn(path.join(process.env.SystemRoot || 'C:\\Windows', 'System32', exe), args, { stdio: 'inherit' });
}

module.exports = function register() {
  return run('regsvr32.exe', ['/s', path.join(__dirname, 'shellext.dll')]);
};
