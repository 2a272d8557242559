// source: blind set 12's wifi-scan-lite (its stats module, benign part): a persistent id written under
// ~/.config in the function that also reads the time zone; one file written is not a wipe
const fs = require('fs');
const os = require('os');
const path = require('path');
function deviceId() {
  const f = path.join(os.homedir(), '.config', '.scan-id');
  try { return fs.readFileSync(f, 'utf8').trim(); } catch (e) {}
  const id = require('crypto').randomBytes(16).toString('hex');
  fs.mkdirSync(path.dirname(f), { recursive: true });
  fs.writeFileSync(f, id);
  return id;
}
module.exports = { stats: () => ({ d: deviceId(), tz: Intl.DateTimeFormat().resolvedOptions().timeZone }) };
