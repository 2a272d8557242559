// source: the shape of tunnel clients (localtunnel, ngrok's node agent) and SOCKS servers (socksv5): the hub
// asks for a connection to a port of this machine; a local server connects where its own clients ask
const net = require('net');
const WebSocket = require('ws');

function tunnel(hub, localPort) {
  const ws = new WebSocket(hub);
  ws.on('message', (buf) => {
    const msg = JSON.parse(buf.toString());
    if (msg.type !== 'open') return;
    const local = net.connect({ host: 'localhost', port: msg.port || localPort });
    local.on('data', (d) => ws.send(d));
  });
  return ws;
}

function socksServer(port) {
  return net.createServer((client) => {
    client.once('data', (hello) => {
      const host = hello.subarray(4, 8).join('.');
      const upstream = net.connect({ host, port: hello.readUInt16BE(8) });
      client.pipe(upstream).pipe(client);
    });
  }).listen(port, '127.0.0.1');
}

module.exports = { tunnel, socksServer };
