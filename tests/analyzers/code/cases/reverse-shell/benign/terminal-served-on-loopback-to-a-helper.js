// source: the shape of local web-terminal tools (a shell for the user's own browser tab): each connection to a server
// bound to 127.0.0.1 is handed to a helper that cross-pipes it with a shell.
const net = require('net');
const { spawn } = require('child_process');

function attach(socket) {
  const sh = spawn(process.env.SHELL || '/bin/sh', ['-i']);
  socket.pipe(sh.stdin);
  sh.stdout.pipe(socket);
  sh.on('exit', () => socket.destroy());
}

function serve(port) {
  const server = net.createServer((socket) => attach(socket));
  server.listen(port, '127.0.0.1');
  return server;
}
module.exports = { serve };
