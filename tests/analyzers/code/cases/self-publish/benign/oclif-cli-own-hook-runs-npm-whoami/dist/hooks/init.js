"use strict";
const { execSync } = require("child_process");
const hook = async function () {
    try { this.npmUser = execSync("npm whoami", { encoding: "utf8" }).trim(); } catch (e) { this.npmUser = null; }
};
exports.default = hook;
