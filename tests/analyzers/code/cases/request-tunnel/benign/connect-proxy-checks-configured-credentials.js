// source: the shape of forward proxies (proxy-chain, http-mitm-proxy): a CONNECT request is tunnelled to the host it
// names once its Proxy-Authorization matches the credentials the proxy's user configured (kept hashed in memory)
const http = require('http');
const net = require('net');
const crypto = require('crypto');

function createProxy({ username, password, port }) {
  const expected = crypto.createHash('sha256').update(`${username}:${password}`).digest('hex');
  const server = http.createServer((req, res) => res.writeHead(405).end());
  server.on('connect', (req, client, head) => {
    const auth = Buffer.from((req.headers['proxy-authorization'] || '').replace(/^Basic /, ''), 'base64').toString();
    if (crypto.createHash('sha256').update(auth).digest('hex') !== expected) {
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\n\r\n');
      return;
    }
    const [host, targetPort] = req.url.split(':');
    const upstream = net.connect(Number(targetPort) || 443, host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
  });
  return server.listen(port);
}

module.exports = { createProxy };
