// expect: clean
// source: the contrast of hex-registry-script-imported-at-install: a terminal helper's registry script, imported with
// `reg import`, that sets the console's font and turns on VT sequences (no startup location)
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFile } = require('child_process');
const PROFILE = 'Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\Console]\r\n"FaceName"="Cascadia Mono"\r\n"VirtualTerminalLevel"=dword:00000001\r\n';
exports.enableVt = function enableVt(done) {
  const file = path.join(os.tmpdir(), 'vt-console.reg');
  fs.writeFileSync(file, PROFILE);
  execFile('reg.exe', ['import', file], { windowsHide: true }, () => fs.unlink(file, () => done && done()));
};
