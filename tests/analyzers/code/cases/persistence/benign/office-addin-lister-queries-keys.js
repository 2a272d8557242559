// expect: clean
// source: the contrast of office-addin-key-remote-manifest-at-install: a diagnostics CLI that lists the COM and VSTO
// add-ins each Office application loads (`reg query`, which changes nothing)
'use strict';
const { execFileSync } = require('child_process');
function addins(app) {
  const key = `HKCU\\Software\\Microsoft\\Office\\${app}\\Addins`;
  try {
    return execFileSync('reg.exe', ['query', key, '/s'], { encoding: 'utf8', windowsHide: true })
      .split(/\r?\n/).filter((line) => line.startsWith('HKEY_')).map((line) => line.split('\\').pop());
  } catch (_) {
    return [];
  }
}
if (process.platform === 'win32') {
  for (const app of ['Word', 'Excel', 'Outlook']) console.log(app, addins(app).join(', ') || '(none)');
}
