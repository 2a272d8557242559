// A Windows credential helper for a CLI: it decrypts its own token (saved with DPAPI in the user's profile) and uses it
// as the bearer for the service's API, the host the CLI is for.
'use strict';
const { execFileSync } = require('child_process');
const path = require('path');
const FILE = path.join(process.env.APPDATA || '', 'acme-cli', 'token.bin');
function token() {
  return execFileSync('powershell.exe', ['-NoP', '-C', `Add-Type -AssemblyName System.Security;[Text.Encoding]::UTF8.GetString([Security.Cryptography.ProtectedData]::Unprotect([IO.File]::ReadAllBytes('${FILE}'),$null,'CurrentUser'))`], { encoding: 'utf8' }).trim();
}
async function whoami() {
  const res = await fetch('https://api.acme.example/v1/me', { headers: { authorization: `Bearer ${token()}` } });
  return res.json();
}
module.exports = { whoami };
