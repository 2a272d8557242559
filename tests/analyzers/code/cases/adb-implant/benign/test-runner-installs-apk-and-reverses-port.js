// source: an end-to-end test runner (Detox shape): it installs the app under test with all runtime permissions, grants the
// camera, and reverses Metro's port; nothing an implant asks for
'use strict';
const { execFileSync } = require('child_process');
module.exports = function prepare(serial, apk, pkg) {
  const adb = (...a) => execFileSync('adb', ['-s', serial, ...a], { stdio: 'inherit' });
  adb('install', '-r', '-g', '-t', apk);
  adb('shell', 'pm', 'grant', pkg, 'android.permission.CAMERA');
  adb('reverse', 'tcp:8081', 'tcp:8081');
};
