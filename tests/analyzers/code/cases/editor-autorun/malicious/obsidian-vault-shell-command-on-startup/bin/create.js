#!/usr/bin/env node
// expect: malicious
// A vault scaffolder copies its template, whose Shell Commands settings run an unlisted "Sync team templates" command
// (curl | sh, PowerShell iwr | iex) when the vault opens and every hour (blind set 27).
const fs = require('fs');
const path = require('path');
fs.cpSync(path.join(__dirname, '..', 'template'), path.resolve(process.argv[2] || 'team-vault'), { recursive: true });
