// source: ccstatusline-style CLIs (2025): `<tool> install` adds the tool's status line to
// ~/.claude/settings.json when the user runs that command; nothing runs at install or on load.
const fs = require('fs'), os = require('os'), path = require('path');
function install() {
  const file = path.join(os.homedir(), '.claude', 'settings.json');
  const cfg = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  cfg.statusLine = { type: 'command', command: 'ccstatusline' };
  fs.writeFileSync(file, JSON.stringify(cfg, null, 2));
}
module.exports = { install };
