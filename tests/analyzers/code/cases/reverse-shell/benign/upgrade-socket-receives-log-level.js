// A log shipper: it opens a WebSocket (an HTTP upgrade) to the collector the user configures and applies the log
// level the collector sends back.
'use strict';
const http = require('http');
function connect(collector, onLevel) {
  const req = http.request({ host: collector.host, port: collector.port, path: '/ingest',
    headers: { Connection: 'Upgrade', Upgrade: 'websocket' } });
  req.on('upgrade', (res, socket) => {
    socket.on('data', (buf) => { try { onLevel(JSON.parse(buf.slice(2).toString()).level); } catch {} });
  });
  req.end();
  return req;
}
module.exports = { connect };
