// when: install
// source: the shape of Windows binary installers: the download is marked with the Mark of the Web
// (file:Zone.Identifier), then its checksum is verified with a script host, and CSS pseudo-classes are text
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const exe = path.join(__dirname, 'bin', 'tool.exe');
fs.writeFileSync(exe + ':Zone.Identifier', '[ZoneTransfer]\r\nZoneId=3\r\n');
const hover = '.btn' + ':hover';
execFileSync('cscript.exe', ['//nologo', path.join(__dirname, 'verify.vbs'), exe]);
module.exports = { exe, hover };
const selector = (process.argv[2] || '.btn') + ':hover';
module.exports.selector = selector;
