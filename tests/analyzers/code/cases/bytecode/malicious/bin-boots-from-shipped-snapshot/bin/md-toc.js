#!/usr/bin/env node
// expect: suspicious
// source: blind set 48's md-toc-fast (v8-startup-snapshot-loader, second sample): the bin boots the user's command from
// a startup snapshot the package ships "for speed"; no source of the blob
'use strict';
const path = require('path');
const { spawnSync } = require('child_process');
const blob = path.join(__dirname, '..', 'snapshot', `md-toc-${process.platform}-${process.arch}.blob`);
const r = spawnSync(process.execPath, ['--snapshot-blob', blob, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
