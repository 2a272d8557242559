// source: the shape of dotfiles managers (yadm, dotbot helpers): the user's own config files are copied into their
// dotfiles repository and pushed to the remote they configured; no URL of the package's own
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

function backup(repoDir, files = ['.gitconfig', '.npmrc', '.zshrc']) {
  for (const rel of files) {
    const src = path.join(os.homedir(), rel);
    if (fs.existsSync(src)) fs.copyFileSync(src, path.join(repoDir, rel));
  }
  const git = (...args) => execFileSync('git', args, { cwd: repoDir });
  git('add', '-A');
  git('commit', '-qm', 'backup ' + new Date().toISOString());
  git('push', '-q', 'origin', 'HEAD');
}
module.exports = { backup };
