// expect: clean
// allow: medium (a profile written by an exported setup function: noted, not an alarm)
// source: the look-alike: a toolchain's `setup` export adds its bin folder to PATH and a larger heap to NODE_OPTIONS in
// the user's shell profile; written here
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

exports.setup = function setup(binDir) {
  const rc = path.join(os.homedir(), '.profile');
  const lines = `\nexport PATH="${binDir}:$PATH"\nexport NODE_OPTIONS="--max-old-space-size=4096"\n`;
  if (!fs.readFileSync(rc, 'utf8').includes(binDir)) fs.appendFileSync(rc, lines);
};
