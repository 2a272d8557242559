// when: install
// source: husky@8 lib/index.js shape: `husky install` sets the repository's own core.hooksPath (not --global) to .husky
const cp = require('child_process');
const fs = require('fs');
const path = require('path');

function install(dir = '.husky') {
  if (process.env.HUSKY === '0') return;
  if (cp.spawnSync('git', ['rev-parse']).status !== 0) return;
  fs.mkdirSync(path.join(dir, '_'), { recursive: true });
  fs.writeFileSync(path.join(dir, '_/.gitignore'), '*');
  const { error } = cp.spawnSync('git', ['config', 'core.hooksPath', dir]);
  if (error) throw error;
}

install();
