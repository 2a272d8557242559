// expect: clean
// allow: medium
// source: the look-alike of blind set 46's build doctor: a CLI copies the URL it generated to the clipboard with
// pbcopy, clip or xclip; the docs it prints mention `curl -fsSL https://get.tool.example | sh` as the install command
'use strict';
const { execSync } = require('child_process');

const INSTALL = 'curl -fsSL https://get.tool.example/install.sh | sh';

function copy(text) {
  const cmd = process.platform === 'darwin' ? 'pbcopy' : process.platform === 'win32' ? 'clip' : 'xclip -selection clipboard';
  try { execSync(cmd, { input: text }); return true; } catch (e) { return false; }
}

module.exports = function share(url) {
  const copied = copy(url);
  console.log(copied ? `copied ${url}` : url);
  console.log(`(install the CLI elsewhere with: ${INSTALL})`);
};
