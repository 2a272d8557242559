#!/usr/bin/env node
// source: Node's documented startup-snapshot workflow: the tool builds a snapshot of the user's entry file
// (`--build-snapshot` writes the blob; it runs nothing of the package's own)
'use strict';
const { execFileSync } = require('child_process');
const out = process.argv[3] || 'snapshot.blob';
execFileSync(process.execPath, ['--snapshot-blob', out, '--build-snapshot', process.argv[2]], { stdio: 'inherit' });
