// expect: clean
// Windows' own prefixes for long and device paths (`\\?\C:\…`, `\\.\pipe\…`) and the local machine's shares are paths,
// not downloads.
const path = require('path');
function longPath(p) { return process.platform === 'win32' ? '\\\\?\\' + path.resolve(p) : p; }
function load(name) { return require('\\\\?\\C:\\plugins\\' + name + '.js'); }
function localShare(name) { return require('\\\\localhost\\c$\\tools\\' + name + '.js'); }
module.exports = { longPath, load, localShare, pipe: '\\\\.\\pipe\\app-ipc' };
