// when: install
// source: blind set 12's protolint-bin look-alike: the postinstall downloads the pinned release, checks its
// SHA-256 and unpacks it with tar (an archiver run on the download unpacks it; nothing here runs it)
const fs = require('fs');
const https = require('https');
const crypto = require('crypto');
const { execFileSync } = require('child_process');
const SUMS = { 'linux-x64': '0000000000000000000000000000000000000000000000000000000000000000' };
https.get('https://releases.protolint.example/download/v0.50.2/protolint_Linux_x86_64.tar.gz', (res) => {
  const chunks = [];
  res.on('data', (c) => chunks.push(c));
  res.on('end', () => {
    const buf = Buffer.concat(chunks);
    if (crypto.createHash('sha256').update(buf).digest('hex') !== SUMS[`${process.platform}-${process.arch}`]) throw new Error('checksum');
    fs.writeFileSync('vendor/p.tgz', buf);
    execFileSync('tar', ['-xzf', 'vendor/p.tgz', '-C', 'vendor']);
  });
});
