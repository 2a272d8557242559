// expect: clean
// A storefront's bot guard (the shape of checkout abuse protection): on checkout pages it notes automated browsers and
// reports the verdict to the shop's own API (a relative URL), never to another site.
module.exports = function guard() {
  if (!/checkout|payment/i.test(location.pathname)) return;
  var automated = Boolean(navigator.webdriver) || /headless|phantom/i.test(navigator.userAgent);
  fetch('/api/bot-signal', { method: 'POST', body: JSON.stringify({ automated: automated, page: location.pathname }) });
};
