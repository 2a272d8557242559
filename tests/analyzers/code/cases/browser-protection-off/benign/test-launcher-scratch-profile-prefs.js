// A browser test launcher writes Firefox prefs into a scratch profile under the temporary directory, with Safe
// Browsing off so tests make no calls to Google: the user's own browser is untouched.
const fs = require('fs');
const os = require('os');
const path = require('path');
const PREFS = [['browser.safebrowsing.malware.enabled', false], ['browser.safebrowsing.phishing.enabled', false], ['browser.shell.checkDefaultBrowser', false]];
function createProfile() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'launcher-profile-'));
  fs.writeFileSync(path.join(dir, 'user.js'), PREFS.map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`).join('\n'));
  return dir;
}
module.exports = { createProfile };
