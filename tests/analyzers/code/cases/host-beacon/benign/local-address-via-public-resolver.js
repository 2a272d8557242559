// source: pac-resolver@7 dist/myIpAddress.js and ip.address(), bundled with basic-ftp@5 in
// @datadog/datadog-ci-plugin-dora@5.25.0: the local address is found by connecting a socket to a public
// DNS resolver (8.8.8.8:53), falling back to the network interfaces; it goes out as an active-mode FTP
// PORT command to the server the user configured (one identity, to the user's server: a note).
// allow: medium
const net = require('net'); const os = require('os');
const openSocket = (options) => net.connect(options);  // one helper for every socket, as in the bundle
function address() {
  const all = Object.values(os.networkInterfaces()).map((addrs = []) => (addrs.find((d) => d.family === 'IPv4' && !d.internal) || {}).address).filter(Boolean);
  return all[0] || '127.0.0.1';
}
function myIpAddress() {
  return new Promise((resolve) => {
    const socket = openSocket({ host: '8.8.8.8', port: 53 });
    socket.once('error', () => resolve(address()));
    socket.once('connect', () => { const addr = socket.address(); socket.destroy(); resolve(addr.address || address()); });
  });
}
class FTPContext {
  constructor(socket) { this._socket = socket; }
  send(command) { this._socket.write(command + '\r\n'); }
}
const ctx = new FTPContext(openSocket({ host: process.env.FTP_HOST, port: 21 }));
myIpAddress().then((ip) => ctx.send(`PORT ${ip.split('.').join(',')},4,1`));
module.exports = { myIpAddress, FTPContext };
