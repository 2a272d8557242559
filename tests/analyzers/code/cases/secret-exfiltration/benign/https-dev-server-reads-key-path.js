// A dev server that serves HTTPS with the key and certificate its caller names (`opts.keyPath`), and pings its own
// update host with its version: the key goes to the TLS server, never into a request.
const fs = require('fs');
const https = require('https');

exports.serve = function serve(opts, handler) {
  const server = https.createServer({ key: fs.readFileSync(opts.keyPath), cert: fs.readFileSync(opts.certPath) }, handler);
  https.get({ host: 'updates.devserve.example', path: '/latest?v=4.2.0' }, (res) => res.resume()).on('error', () => {});
  return server.listen(opts.port || 8443);
};
