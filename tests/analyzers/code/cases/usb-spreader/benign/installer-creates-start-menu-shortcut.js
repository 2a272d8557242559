// source: Windows installers of Electron apps (a Start-menu shortcut made with WScript.Shell; a cache folder marked hidden)
const { execFileSync } = require('child_process');
const path = require('path');

exports.createShortcut = function createShortcut(appDir, name) {
  const lnk = path.join(process.env.APPDATA || '', 'Microsoft', 'Windows', 'Start Menu', 'Programs', `${name}.lnk`);
  const ps = `$s = New-Object -ComObject WScript.Shell; $l = $s.CreateShortcut('${lnk}'); $l.TargetPath = '${path.join(appDir, name + '.exe')}'; $l.Save()`;
  execFileSync('powershell', ['-NoProfile', '-Command', ps]);
  execFileSync('attrib', ['+h', path.join(appDir, '.cache')]);
  return lnk;
};
