// expect: clean
// when: install
// allow: medium
// source: chromedriver 143 (rank ~6,500), install.js: downloads the driver from a CDN the user may replace with the
// `chromedriver_cdnurl` npm config (a mirror), saves the zip, extracts it and makes the driver executable
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');
const extractZip = require('extract-zip');

const cdnUrl = (process.env.npm_config_geckodriver_cdnurl || 'https://downloads.drivers.example').replace(/\/+$/, '');
const target = path.join(__dirname, 'lib', 'geckodriver', process.platform === 'win32' ? 'geckodriver.exe' : 'geckodriver');

const zip = path.join(os.tmpdir(), 'geckodriver.zip');
https.get(`${cdnUrl}/v0.36.0/geckodriver-${process.platform}-${os.arch()}.zip`, (res) => {
  const chunks = [];
  res.on('data', (c) => chunks.push(c));
  res.on('end', async () => {
    fs.writeFileSync(zip, Buffer.concat(chunks));
    await extractZip(zip, { dir: path.dirname(target) });
    fs.chmodSync(target, 0o755);
    console.log('geckodriver installed at', target);
  });
});
