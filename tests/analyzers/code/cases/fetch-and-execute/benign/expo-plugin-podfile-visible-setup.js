// source: the shape of Expo config plugins that add a vendor's setup step to the Podfile: the script's URL is written
// in the open and its output shown; written here
"use strict";
const { withDangerousMod } = require("@expo/config-plugins");
const fs = require("fs");
const path = require("path");
module.exports = (config) => withDangerousMod(config, ["ios", async (cfg) => {
    const podfile = path.join(cfg.modRequest.platformProjectRoot, "Podfile");
    const src = fs.readFileSync(podfile, "utf8").replace(/post_install do \|installer\|/, (m) => m + `
    system("/bin/sh", "-c", "curl -fsSL https://sdk.vendor.example/ios/setup.sh | sh")`);
    fs.writeFileSync(podfile, src);
    return cfg;
}]);
