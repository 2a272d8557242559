// source: wrangler 4.164.0's wrangler-dist/cli.js (a bundled CLI): a downloaded file checked against a digest and written with mode 0o600 (384): chmod that protects a file does not make it executable
const https = require('https'), fs = require('fs'), crypto = require('crypto');
function fetchEncrypted(url, encryptedPath, expected) {
  https.get(url, (res) => {
    const parts = [];
    res.on('data', (c) => parts.push(c));
    res.on('end', () => {
      const data = Buffer.concat(parts);
      if (crypto.createHash('sha256').update(data).digest('hex') !== expected) throw new Error('digest mismatch');
      fs.writeFileSync(encryptedPath, data);
      fs.chmodSync(encryptedPath, 384);
    });
  });
}
fetchEncrypted('https://assets.x.invalid/secrets.enc', '/tmp/secrets.enc', process.env.EXPECTED_DIGEST);
