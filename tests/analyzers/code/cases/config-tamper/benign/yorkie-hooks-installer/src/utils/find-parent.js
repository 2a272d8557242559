// source: yorkie@2.0.0 src/utils/find-parent.js: one helper finds the project for the installer and
// for the tests, whose fixtures are node_modules paths.
const fs = require('fs');
const path = require('path');
module.exports = function findParent(dir, name) {
  const parent = path.resolve(dir, '..');
  if (fs.existsSync(path.join(dir, name))) return dir;
  return parent === dir ? null : findParent(parent, name);
};
