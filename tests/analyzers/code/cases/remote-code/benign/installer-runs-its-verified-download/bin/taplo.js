#!/usr/bin/env node
const path = require('path');
const { spawnSync } = require('child_process');
const exe = path.join(__dirname, process.platform === 'win32' ? 'taplo.exe' : 'taplo');
const r = spawnSync(exe, process.argv.slice(2), { stdio: 'inherit' });
process.exitCode = r.status ?? 1;
