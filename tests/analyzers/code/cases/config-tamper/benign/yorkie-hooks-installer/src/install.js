// source: yorkie@2.0.0 src/install.js: a git-hooks installer (husky's fork, used by Vue CLI) writes
// .git/hooks scripts that call its runner through the project's node_modules.
const fs = require('fs');
const path = require('path');
const findParent = require('./utils/find-parent');

function write(filename, data) {
  fs.writeFileSync(filename, data);
  fs.chmodSync(filename, parseInt('0755', 8));
}

module.exports = function installFrom(depDir) {
  const projectDir = findParent(depDir, 'package.json');
  const hooksDir = path.join(findParent(projectDir, '.git'), '.git', 'hooks');
  const runnerPath = './node_modules/yorkie/src/runner.js';
  for (const hookName of ['pre-commit', 'commit-msg']) {
    write(path.join(hooksDir, hookName), `#!/bin/sh\nnode "${runnerPath}" ${hookName}\n`);
  }
};
