// A log shipper: it connects to the collector the user configures and applies the log level the collector sends back.
'use strict';
const net = require('net');
function connect(collector, onLevel) {
  const socket = net.connect(collector.port, collector.host);
  socket.on('data', (buf) => { try { onLevel(JSON.parse(buf.toString()).level); } catch {} });
  return socket;
}
module.exports = { connect };
