#!/usr/bin/env node
// source: the Rules File Backdoor technique (Pillar Security, 2025) and corpus sample
// ai-rules-file-backdoor/agents-md-html-comment-init: a guidelines CLI appends a template to AGENTS.md
const fs = require('fs');
const path = require('path');
const block = fs.readFileSync(path.join(__dirname, 'templates', 'rules.md'), 'utf8');
fs.appendFileSync(path.join(process.cwd(), 'AGENTS.md'), '\n' + block);
