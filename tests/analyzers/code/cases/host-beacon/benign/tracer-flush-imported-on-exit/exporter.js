const os = require('os');
const https = require('https');
exports.flush = function flush() {
  const body = JSON.stringify({ host: os.hostname(), cwd: process.cwd(), spans: [] });
  const req = https.request({ hostname: 'trace-intake.vendor.example', path: '/v0.4/traces', method: 'PUT' });
  req.end(body);
};
