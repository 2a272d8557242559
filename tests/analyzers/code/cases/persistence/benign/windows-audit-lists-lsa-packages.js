// A Windows hardening audit reads LSA's Security and Notification Packages (a password filter or an SSP is how
// credential stealers persist) and reports unknown entries; it writes nothing.
const { execFileSync } = require('child_process');
const KEY = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa';
const KNOWN = new Set(['scecli', 'kerberos', 'msv1_0', 'schannel', 'wdigest', 'tspkg', 'pku2u', '""']);
function packages(name) {
  const out = execFileSync('reg', ['query', KEY, '/v', name], { encoding: 'utf8' });
  return ((/REG_MULTI_SZ\s+(.*)/.exec(out) || [])[1] || '').split('\\0').filter(Boolean);
}
function audit() {
  return ['Security Packages', 'Notification Packages', 'Authentication Packages']
    .flatMap((name) => packages(name).filter((p) => !KNOWN.has(p)).map((p) => ({ name, package: p })));
}
module.exports = { audit };
