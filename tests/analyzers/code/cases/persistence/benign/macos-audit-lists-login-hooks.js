// A macOS hardening audit lists the login window's hooks (malware sets them) and reports what it finds; it writes nothing.
const { execFileSync } = require('child_process');
function read(key) {
  try { return execFileSync('defaults', ['read', 'com.apple.loginwindow', key], { encoding: 'utf8' }).trim(); } catch { return null; }
}
function audit() {
  return ['LoginHook', 'LogoutHook'].map((key) => ({ key, value: read(key) })).filter((r) => r.value);
}
module.exports = { audit };
