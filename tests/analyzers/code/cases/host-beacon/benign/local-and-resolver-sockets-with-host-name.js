// A service-health library: it learns its own LAN address by a socket to a public resolver (pac-resolver's trick),
// and reports the host name to a collector on the private network, as its operator configured by default.
const net = require('net');
const os = require('os');
exports.localAddress = () => new Promise((resolve) => {
  const s = net.connect(53, '8.8.8.8', () => { resolve(s.localAddress); s.end(); });
});
exports.report = function report() {
  const sock = net.connect(9125, '10.20.0.5', () => {
    sock.write(JSON.stringify({ host: os.hostname(), user: os.userInfo().username, up: os.uptime() }));
    sock.end();
  });
};
