// source: the shape of input-mask and form libraries (imask, cleave.js): on submit the typed IBAN is normalized
// (spaces removed, upper-cased) so the server gets the raw value the user entered
function normalize(v) { return String(v || '').replace(/\s+/g, '').toUpperCase(); }
function attach(input) {
  input.form.addEventListener('submit', function () { input.value = normalize(input.value); });
}
module.exports = { attach };
