#!/usr/bin/env node
// source: documentation-site starters (2024): the template's editor task starts the dev server
// (`npm run dev`) when the folder is opened, in a visible terminal.
const fs = require('fs'); const path = require('path');
fs.cpSync(path.join(__dirname, 'template'), process.argv[2] || 'docs', { recursive: true });
