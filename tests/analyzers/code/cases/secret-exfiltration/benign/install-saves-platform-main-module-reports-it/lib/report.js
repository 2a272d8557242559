'use strict';
const fs = require('fs');
const path = require('path');
const https = require('https');
const FILE = path.join(__dirname, '..', '.cache', 'build.json');
exports.binaryName = () => `native-${process.platform}-${process.arch}.node`;
exports.send = function send() {
  let raw;
  try { raw = fs.readFileSync(FILE, 'utf8'); } catch (e) { return; }
  const req = https.request({ host: 'stats.native-build.example', path: '/v1/install', method: 'POST' }, (res) => res.resume());
  req.on('error', () => {});
  req.end(raw);
};
