#!/usr/bin/env node
// A password rotation CLI: the operator names the one account to rotate; the new password is printed for the vault.
'use strict';
const crypto = require('crypto');
const { execFileSync } = require('child_process');
function rotate(user) {
  const pw = crypto.randomBytes(18).toString('base64url');
  execFileSync('net', ['user', user, pw], { stdio: 'ignore' });
  return { user, password: pw, at: new Date().toISOString() };
}
module.exports = { rotate };
if (require.main === module) {
  const user = process.argv[2];
  if (!user) { console.error('usage: rotate-admin <account>'); process.exit(1); }
  console.log(JSON.stringify(rotate(user)));
}
