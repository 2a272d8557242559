'use strict';
// source: blind set 36's look-alike taplo-bin (the shape of prebuilt-binary installers: esbuild's, @biomejs's):
// the download is checked against a sha256 the package ships before it is written and run with --version
// Downloads the platform binary from the release mirror (override with TAPLO_MIRROR),
// verifies its sha256 against checksums.json shipped in this package, then checks --version.
const fs = require('fs');
const path = require('path');
const https = require('https');
const crypto = require('crypto');
const { execFileSync } = require('child_process');

const { version } = require('./package.json');
const sums = require('./checksums.json');
const key = `${process.platform}-${process.arch}`;
const mirror = process.env.TAPLO_MIRROR || 'https://releases.taplo.example/download';

function get(url) {
  return new Promise((resolve, reject) => {
    https.get(url, (res) => {
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location) return get(res.headers.location).then(resolve, reject);
      if (res.statusCode !== 200) return reject(new Error('HTTP ' + res.statusCode));
      const c = [];
      res.on('data', (d) => c.push(d));
      res.on('end', () => resolve(Buffer.concat(c)));
    }).on('error', reject);
  });
}

(async () => {
  if (!sums[key]) { console.warn(`[taplo-bin] no prebuilt binary for ${key}; install taplo with cargo`); return; }
  const exe = process.platform === 'win32' ? 'taplo.exe' : 'taplo';
  const buf = await get(`${mirror}/${version}/taplo-${key}${process.platform === 'win32' ? '.exe' : ''}`);
  const digest = crypto.createHash('sha256').update(buf).digest('hex');
  if (digest !== sums[key]) throw new Error(`checksum mismatch for ${key}: ${digest}`);
  const dest = path.join(__dirname, 'bin', exe);
  fs.writeFileSync(dest, buf, { mode: 0o755 });
  const out = execFileSync(dest, ['--version']).toString();
  if (!out.includes(version)) throw new Error('unexpected version: ' + out);
})().catch((e) => { console.error('[taplo-bin] install failed:', e.message); process.exitCode = 1; });
