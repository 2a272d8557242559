// A tmux theme's CLI prints the line to add to ~/.tmux.conf and writes only its own theme file under ~/.config when
// the user runs `install`; the theme sets colours and runs nothing.
const fs = require('fs');
const os = require('os');
const path = require('path');
function install() {
  const target = path.join(os.homedir(), '.config', 'tmux-nord', 'nord.conf');
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, 'set -g status-style bg=colour236\n');
  console.log(`Add to ~/.tmux.conf:\n  source-file ${target}`);
}
module.exports = { install };
