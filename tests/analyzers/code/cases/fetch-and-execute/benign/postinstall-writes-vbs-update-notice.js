// when: install
// expect: clean
// source: the shape of Windows helpers that write a VBScript (a tray notice, an update check): the script asks the
// project's site for the latest version and shows it; it runs nothing the server answers
const fs = require('fs');
const os = require('os');
const path = require('path');

const vbs = path.join(os.tmpdir(), 'mytool-update-notice.vbs');
const script = [
  'Set x = CreateObject("MSXML2.XMLHTTP")',
  'x.open "GET", "https://mytool.example/latest.txt", False',
  'x.send',
  'If x.status = 200 Then MsgBox "mytool " & x.responseText & " is available", 64, "mytool"',
  '',
].join('\r\n');

if (process.platform === 'win32') fs.writeFileSync(vbs, script);
