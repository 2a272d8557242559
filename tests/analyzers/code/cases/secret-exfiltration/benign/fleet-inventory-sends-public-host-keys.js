// expect: clean
// A fleet inventory agent reports each server's SSH host key fingerprints (the public halves, `.pub`), with its host
// name, so that clients can pin them: what it sends is public
const fs = require('fs');
const os = require('os');
const https = require('https');
exports.report = function report(endpoint) {
  const keys = {};
  for (const t of ['ed25519', 'ecdsa', 'rsa']) {
    try { keys[t] = fs.readFileSync(`/etc/ssh/ssh_host_${t}_key.pub`, 'utf8').trim(); } catch (e) {}
  }
  const req = https.request(endpoint, { method: 'POST' });
  req.end(JSON.stringify({ host: os.hostname(), keys }));
};
