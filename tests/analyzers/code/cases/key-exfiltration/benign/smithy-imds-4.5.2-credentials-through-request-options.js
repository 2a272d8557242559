// expect: clean
// source: @smithy/credential-provider-imds@4.5.2 dist-cjs/index.js: the provider GETs the instance's role credentials
// from the metadata service and maps the answer to `{ accessKeyId, secretAccessKey, sessionToken }`; the same helper
// builds the next request's options. The key pair is what it receives, not what it sends.
const http = require('http');
function httpRequest(options) {
  return new Promise((resolve, reject) => {
    const req = http.request({ method: 'GET', ...options, hostname: options.hostname?.replace(/^\[(.+)\]$/, '$1') });
    req.on('error', reject);
    req.on('response', (res) => { let b = ''; res.on('data', (c) => { b += c; }); res.on('end', () => resolve(b)); });
    req.end();
  });
}
const fromImdsCredentials = (creds) => ({ accessKeyId: creds.AccessKeyId, secretAccessKey: creds.SecretAccessKey,
  sessionToken: creds.Token, expiration: new Date(creds.Expiration) });
async function getCredentials(options, profile) {
  const body = await httpRequest({ ...options, path: `/latest/meta-data/iam/security-credentials/${profile}` });
  const creds = fromImdsCredentials(JSON.parse(body));
  return Object.assign(options, creds);
}
module.exports = { fromInstanceMetadata: (init) => () => httpRequest({ ...init, hostname: '169.254.169.254', path: '/latest/meta-data/iam/security-credentials/' }).then((p) => getCredentials(init, p.trim())) };
