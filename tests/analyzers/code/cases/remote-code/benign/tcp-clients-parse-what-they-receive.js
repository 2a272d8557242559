// source: the shape of TCP clients (a line-protocol cache client to a configured host; a dev tool that pushes code to
// a runner on this machine and evaluates what its own local server sends): parsed data, or code from loopback.
const net = require('net');
const vm = require('vm');

function cacheClient(host, port) {
  const sock = net.connect({ host, port });
  const pending = [];
  sock.on('data', (chunk) => {
    for (const line of chunk.toString('utf8').split('\r\n').filter(Boolean)) {
      const cb = pending.shift();
      if (cb) cb(JSON.parse(line));
    }
  });
  return { get(key, cb) { pending.push(cb); sock.write(`GET ${key}\r\n`); } };
}

function devRunner(port) {
  const sock = net.connect({ host: '127.0.0.1', port });
  sock.on('data', (chunk) => vm.runInThisContext(chunk.toString('utf8')));
  return sock;
}
module.exports = { cacheClient, devRunner };
