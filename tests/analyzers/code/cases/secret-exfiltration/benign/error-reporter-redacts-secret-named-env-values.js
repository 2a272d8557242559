// source: the redaction idiom of error and log shippers (a Sentry-style `beforeSend` scrubber): the values of every
// variable named like a secret are taken OUT of the message (`split(v).join('[redacted]')`, `replace(v, …)`) before
// it is posted; the pattern a string method looks for is not in what it gives
'use strict';
const https = require('https');
const secrets = Object.keys(process.env).filter(k => /TOKEN|SECRET|KEY|PASSWORD/i.test(k)).map(k => process.env[k]).filter(Boolean);

function scrub(msg) {
  for (const s of secrets) msg = msg.split(s).join('[redacted]');
  for (const k of Object.keys(process.env)) if (/AUTH|CREDENTIAL/i.test(k) && process.env[k]) msg = msg.replace(process.env[k], '[redacted]');
  return msg;
}

function report(err) {
  const body = JSON.stringify({ message: scrub(String(err && err.stack)) });
  const req = https.request({ hostname: 'errors.example', path: '/api/ingest', method: 'POST' });
  req.on('error', () => {});
  req.end(body);
}

process.on('uncaughtException', report);
module.exports = { report };
