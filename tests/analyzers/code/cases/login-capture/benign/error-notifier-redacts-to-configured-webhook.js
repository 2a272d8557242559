// expect: clean
// source: an Express error notifier that posts failed requests (path, headers, a body with password fields
// redacted) to the chat webhook its user configures
'use strict';
const https = require('https');

const REDACT = ['password', 'passwd', 'otp', 'cvv'];

module.exports = function notifier({ webhookUrl }) {
  return function onError(err, req, res, next) {
    const body = Object.fromEntries(Object.entries(req.body || {}).map(([k, v]) => [k, REDACT.includes(k) ? '[redacted]' : v]));
    const text = `${req.method} ${req.path} failed: ${err.message}\nua: ${req.headers['user-agent']}\n${JSON.stringify(body)}`;
    const r = https.request(webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' } });
    r.on('error', () => {});
    r.end(JSON.stringify({ text }));
    next(err);
  };
};
