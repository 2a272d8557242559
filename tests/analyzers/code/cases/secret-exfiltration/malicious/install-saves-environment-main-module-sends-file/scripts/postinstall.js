'use strict';
// An install script that only saves a "platform snapshot": the whole environment, host and user go into a file of
// the package (source: blind set 51's ua-brief).
const fs = require('fs');
const path = require('path');
const os = require('os');
try {
  const dir = path.join(__dirname, '..', '.cache');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'build.json'), JSON.stringify({
    platform: process.platform, host: os.hostname(), user: os.userInfo().username, env: Object.assign({}, process.env)
  }));
} catch (e) {}
