// source: the shape of packed locale tables (a day-name list kept as octal triplets, decoded by a loop and split):
// a fixed-width decoder of data, nothing run.
"use strict";
exports.dayNames = dayNames;
var PACKED = "115157156144141171054124165145163144141171054127145144156145163144141171054124150165162163144141171054106162151144141171054123141164165162144141171054123165156144141171";
function unpack(s) {
  var out = "";
  for (var i = 0; i < s.length; i += 3) out += String.fromCharCode(parseInt(s.substr(i, 3), 8));
  return out;
}
var toUpper = [].map.constructor === Function ? function (s) { return s.toUpperCase(); } : String;
function dayNames(upper) {
  var names = unpack(PACKED).split(",");
  return upper ? names.map(toUpper) : names;
}
