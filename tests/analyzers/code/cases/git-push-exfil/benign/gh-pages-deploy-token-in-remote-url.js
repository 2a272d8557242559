// source: the shape of gh-pages / JamesIves deploy actions: the built site is copied into a scratch clone, committed
// and pushed to the user's own repository, whose URL is built from GITHUB_REPOSITORY with the CI token in it (the
// token authenticates the push; nothing of the machine's is committed)
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

function deploy(dist, options = {}) {
  const repo = options.repo || process.env.GITHUB_REPOSITORY;
  const token = process.env.GITHUB_TOKEN;
  const remote = `https://x-access-token:${token}@github.com/${repo}.git`;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gh-pages-'));
  const git = (...args) => execFileSync('git', args, { cwd: work, stdio: 'inherit' });
  git('init', '-q');
  git('checkout', '-q', '--orphan', 'gh-pages');
  for (const name of fs.readdirSync(dist)) fs.cpSync(path.join(dist, name), path.join(work, name), { recursive: true });
  git('add', '-A');
  git('commit', '-qm', options.message || 'Deploy to GitHub Pages');
  git('push', '-q', '--force', remote, 'gh-pages');
}
module.exports = { deploy };
