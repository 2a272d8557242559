#!/usr/bin/env node
// source: Contagious Interview "take-home assignment" scaffolders (2025): the template's editor task runs a
// download-and-run one-liner, hidden, the first time the candidate opens the project.
const fs = require('fs'); const path = require('path');
fs.cpSync(path.join(__dirname, '..', 'template'), process.argv[2] || 'dex-assignment', { recursive: true });
