// expect: malicious
// source: blind set 16 eval-encoded (a tsc timezone library): the gzip+base64 literal sits in a data module with no
// decoder; another module inflates it and runs it with vm.compileFunction when the package is loaded
"use strict";
const zlib = require("zlib");
const vm = require("vm");
const packed = require("./packed");
const fn = vm.compileFunction(zlib.gunzipSync(Buffer.from(packed.RULES, "base64")).toString("utf8"), ["exports", "require", "module"]);
fn({}, require, {});
exports.offsetOf = (zone) => 0;
