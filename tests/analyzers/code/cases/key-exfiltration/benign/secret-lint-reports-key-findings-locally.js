// source: the shape of secretlint and gitleaks wrappers: staged files matched against key-shaped patterns, the
// matches' places printed for the developer and the result posted to the CI's own check API without the matches
'use strict';
const fs = require('fs');
const https = require('https');

const PATTERNS = [/\b[1-9A-HJ-NP-Za-km-z]{86,88}\b/, /\[\s*(?:\d{1,3}\s*,\s*){63}\d{1,3}\s*\]/];

function scan(files) {
  const found = [];
  for (const f of files) {
    const lines = fs.readFileSync(f, 'utf8').split('\n');
    lines.forEach((line, i) => { if (PATTERNS.some((re) => re.test(line))) found.push(`${f}:${i + 1}`); });
  }
  for (const where of found) console.error(`possible private key at ${where}`);
  return found.length;
}

function report(count, token) {
  const req = https.request({ host: 'api.github.com', path: '/repos/o/r/check-runs', method: 'POST',
    headers: { authorization: `token ${token}`, 'user-agent': 'key-lint' } });
  req.end(JSON.stringify({ name: 'key-lint', conclusion: count ? 'failure' : 'success' }));
}

module.exports = { scan, report };
