// A database driver's own client: its connect sends the configured password to the server the application names.
const net = require('net');
function Client(config) {
  this.user = config.user;
  this.password = config.password;
  this.host = config.host;
  this.port = config.port || 5432;
}
Client.prototype.connect = function (callback) {
  const socket = net.connect(this.port, this.host);
  socket.write(Buffer.from(JSON.stringify({ user: this.user, password: this.password })));
  socket.on('connect', callback);
  return socket;
};
module.exports = { Client };
