// source: the shape of @semantic-release/npm and release-it: the CI token is written to an .npmrc in the package's
// directory and `npm publish` runs there; what is published is the package the tool built.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
module.exports = function publish(pkgRoot, { registry = 'https://registry.npmjs.org/' } = {}) {
  const token = process.env.NPM_TOKEN;
  const dir = path.resolve(pkgRoot);
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  fs.writeFileSync(path.join(dir, '.npmrc'), `${registry.replace(/^https?:/, '')}:_authToken=${token}\n`);
  const result = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['publish', '--registry', registry], { cwd: dir, stdio: 'inherit' });
  return { name: manifest.name, version: manifest.version, ok: result.status === 0 };
};
