// expect: clean
// source: the look-alike: a hotkey helper whose AutoHotkey stdlib activates or starts (minimised) the user's own
// programs; it downloads nothing; written here
const fs = require('fs');
const path = require('path');
exports.register = (keys, out) => {
  const lib = fs.readFileSync(path.join(__dirname, 'templates', 'stdlib.ahk'), 'utf8');
  fs.writeFileSync(out, lib + '\n' + keys.map((k) => `${k.hotkey}::WinActivateOrRun("${k.title}", "${k.command}")`).join('\n'));
};
