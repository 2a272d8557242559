// expect: clean
// source: the look-alike: a git hooks installer whose hook texts live in a module of their own; the hooks run the
// project's linters and download the team's shared hook config; written here
const fs = require('fs');
const path = require('path');
const { HOOK, MERGE } = require('./src/hooks');

exports.install = function install(root) {
  fs.writeFileSync(path.join(root, '.git', 'hooks', 'pre-commit'), HOOK, { mode: 0o755 });
  fs.writeFileSync(path.join(root, '.git', 'hooks', 'post-merge'), MERGE, { mode: 0o755 });
};
