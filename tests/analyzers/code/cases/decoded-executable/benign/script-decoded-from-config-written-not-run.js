// source: the shape of tools that restore files a config carries in base64 (editor settings sync, certificate
// helpers): the decoded file is written with restricted permissions and read later, never run.
'use strict';
const fs = require('fs');
const path = require('path');
exports.restore = function restore(config, dir) {
  for (const [name, data] of Object.entries(config.files || {})) {
    const file = path.join(dir, name);
    fs.writeFileSync(file, Buffer.from(data, 'base64'));
    fs.chmodSync(file, 0o600);
  }
  return fs.readdirSync(dir);
};
