// source: posthog-js / plausible-style trackers: crawlers and automated browsers are not counted, and
// the SDK offers a login redirect the application calls.
const BOTS = /bot|crawler|spider|headless|lighthouse/i;
export function capture(event, props) {
  if (navigator.webdriver || BOTS.test(navigator.userAgent)) return;
  navigator.sendBeacon('/e', JSON.stringify({ event, props }));
}
export function redirectToLogin(returnTo) {
  window.location.href = '/login?returnTo=' + encodeURIComponent(returnTo);
}
capture('$pageview', { path: location.pathname });
