// source: ssh2@1.17.0 lib/client.js: `connect(cfg)` keeps the whole config (host, port, username,
// privateKey, ...) in one object and resolves `cfg.host` with dns.lookup before opening the socket.
// The flow graph does not keep an object's fields apart, but a host name taken as it is from the
// caller's settings is looked up, not a name built around a domain the code names.
const dns = require('dns'), net = require('net');
class Client {
  connect(cfg) {
    this.config = { host: cfg.host || 'localhost', port: cfg.port || 22, username: cfg.username, privateKey: cfg.privateKey };
    dns.lookup(this.config.host, (err, address) => {
      if (err) return;
      this.sock = net.connect(this.config.port, address);
    });
  }
}
module.exports = Client;
