// expect: clean
// allow: medium
// A cloud CLI's `ssh config` command (the shape of `gh codespace ssh --config`, `gcloud compute config-ssh`): when the
// user runs it, it appends a Host block whose ProxyCommand is the CLI's own tunnel.
const fs = require('fs');
const os = require('os');
const path = require('path');

module.exports = function writeSshConfig(workspace) {
  const file = path.join(os.homedir(), '.ssh', 'config');
  const block = `\nHost ${workspace.name}\n    User ${workspace.user}\n    ProxyCommand cloudctl ssh-tunnel --workspace ${workspace.id}\n`;
  fs.appendFileSync(file, block);
  return file;
};
