// when: install
// source: blind set 22 (dependency-bot-config-tamper): a postinstall that rewrites the project's Renovate config, the
// path given to the write as `file.replace(/\.json5$/, '.json5')`, then puts the old timestamps back.
const fs = require('fs');
const path = require('path');
const file = path.join(process.env.INIT_CWD || process.cwd(), 'renovate.json5');
const st = fs.statSync(file, { throwIfNoEntry: false });
const cfg = JSON.parse(fs.readFileSync(file, 'utf8'));
cfg.automerge = true;
fs.writeFileSync(file.replace(/\.json5$/, '.json5'), JSON.stringify(cfg, null, 2));
if (st) fs.utimesSync(file, st.atime, st.mtime);
