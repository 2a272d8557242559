#!/usr/bin/env node
// source: dd-trace 6.21.0's ci/diagnose.js: a CI-setup diagnosis takes a command runner from its options or
// execFileSync, runs `git rev-parse`, and sorts the repository's files by whether they are GitHub workflows. It
// writes nothing: `.github/workflows/` is a prefix it compares paths with, not a place it writes.
'use strict';
const { execFileSync } = require('node:child_process');

function diagnose(root, files, options = {}) {
  const execFile = options.execFile || execFileSync;
  const results = { head: runGit(execFile, root, ['rev-parse', 'HEAD']), workflows: [] };
  for (const file of files) {
    if (!file.relativePath.startsWith('.github/workflows/')) continue;
    results.workflows.push(file.relativePath);
  }
  return results;
}

function runGit(execFile, root, args) {
  try {
    return String(execFile('git', args, { cwd: root, encoding: 'utf8' })).trim();
  } catch {
    return undefined;
  }
}

module.exports = { diagnose };
if (require.main === module) console.log(JSON.stringify(diagnose(process.cwd(), [])));
