// An SSH helper reads the user's ~/.ssh/config through a joined directory, and writes its own socket link only when
// the CLI is asked: no startup file is written.
const fs = require('fs');
const os = require('os');
const path = require('path');
const sshDir = path.join(os.homedir(), '.ssh');
const config = path.join(sshDir, 'config');
function hosts() {
  return fs.readFileSync(config, 'utf8').split('\n').filter((l) => /^Host\s/.test(l)).map((l) => l.slice(5).trim());
}
function link(sock) {
  fs.symlinkSync(sock, path.join(sshDir, 'agent.sock'));
}
module.exports = { hosts, link };
