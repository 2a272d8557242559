'use strict';
// Saves which prebuilt binary was picked at install (platform, arch, Node's ABI), for the first run to report.
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, '..', '.cache');
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, 'build.json'), JSON.stringify({
  platform: process.platform, arch: process.arch, abi: process.versions.modules, ci: Boolean(process.env.CI)
}));
