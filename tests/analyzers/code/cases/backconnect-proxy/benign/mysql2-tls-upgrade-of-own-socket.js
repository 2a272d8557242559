// source: mysql2 3.24.5 lib/base/connection.js startTLS: the server's handshake (received on the socket)
// asks for TLS, and the client upgrades the socket it already has, resuming a session the server issued
const Net = require('net');
const Tls = require('tls');

class Connection {
  constructor(config) {
    this.config = config;
    this.stream = Net.connect(config.port, config.host);
    this.stream.on('data', (data) => this.handlePacket(data));
  }
  handlePacket(data) {
    this.session = data.subarray(4);
    if (data[0] === 0x0a) this.startTLS();
  }
  startTLS() {
    this.stream.removeAllListeners('data');
    const secureSocket = Tls.connect({ socket: this.stream, session: this.session, servername: this.config.host });
    secureSocket.on('data', (data) => this.handlePacket(data));
    this.stream = secureSocket;
  }
}

module.exports = { Connection };
