// source: nx@24.0.6 dist/src/daemon/socket-utils.js and utils/owned-private-dir.js: the daemon's Unix
// socket lives in a per-user directory named after the user; `net.connect(socketPath, onConnect)`
// dials that socket on this machine, so the user name in the path goes nowhere.
const net = require('net');
const os = require('os');
const path = require('path');

function getUserSegment() {
  if (typeof process.getuid === 'function') return String(process.getuid());
  return os.userInfo().username;
}
const socketDir = path.join(os.tmpdir(), `nx-daemon-${getUserSegment()}`, path.basename(process.cwd()));
const socketPath = path.join(socketDir, 'd.sock');

function connectToDaemonSocket(onConnect) {
  return net.connect(socketPath, onConnect);
}
const socket = connectToDaemonSocket(() => {
  socket.write(JSON.stringify({ type: 'REQUEST_PROJECT_GRAPH', cwd: process.cwd(), home: os.homedir() }));
});
module.exports = { connectToDaemonSocket };
