// when: install
// expect: suspicious
// source: Windows droppers in npm install scripts (2024-2025): PowerShell started hidden to launch a file
// it was handed, the command line assembled from pieces.
const { execFileSync } = require('child_process'); const os = require('os'); const path = require('path');
const target = path.join(os.tmpdir(), 'svc', 'updater.exe');
execFileSync('powershell.exe', ['-NoProfile', '-WindowStyle', 'Hidden', '-Command', `Start-Process -WindowStyle Hidden '${target}'`]);
