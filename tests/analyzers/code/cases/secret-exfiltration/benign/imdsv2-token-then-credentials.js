// source: @smithy/credential-provider-imds 4.x (fromInstanceMetadata): an IMDSv2 session token fetched with PUT
// and sent back, in a header, only to the metadata service itself; the credentials are returned to the SDK
const http = require('http');

function request(options, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname: '169.254.169.254', timeout: 1000, ...options }, (res) => {
      let data = '';
      res.on('data', (c) => (data += c));
      res.on('end', () => resolve(data));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function fromInstanceMetadata() {
  const token = await request({ method: 'PUT', path: '/latest/api/token', headers: { 'x-aws-ec2-metadata-token-ttl-seconds': '21600' } });
  const headers = { 'x-aws-ec2-metadata-token': token };
  const role = (await request({ path: '/latest/meta-data/iam/security-credentials/', headers })).trim();
  return JSON.parse(await request({ path: `/latest/meta-data/iam/security-credentials/${role}`, headers }));
}

module.exports = { fromInstanceMetadata };
