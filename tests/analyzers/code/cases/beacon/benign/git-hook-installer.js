// A git hooks installer: it writes a pre-commit hook that runs the project's linters, and a post-merge hook that
// downloads the team's shared hook config (a script tools write for their users; it reports no one).
const fs = require('fs');
const path = require('path');
const HOOK = '#!/bin/sh\n# installed by tiny-hooks\nnpx --no-install lint-staged || exit 1\n';
const MERGE = '#!/usr/bin/env sh\ncurl -fsSL https://hooks.tiny-hooks.example/shared.json -o .git/tiny-hooks.json\n';
exports.install = function install(root) {
  fs.writeFileSync(path.join(root, '.git', 'hooks', 'pre-commit'), HOOK, { mode: 0o755 });
  fs.writeFileSync(path.join(root, '.git', 'hooks', 'post-merge'), MERGE, { mode: 0o755 });
};
