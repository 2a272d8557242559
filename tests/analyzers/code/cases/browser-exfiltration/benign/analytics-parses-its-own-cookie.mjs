// source: the shape of analytics SDKs (posthog-js, mixpanel-browser): the cookie jar is read and parsed for
// the SDK's own id, which it sends to its own named endpoint
const COOKIE = 'ph_FAKE_id';

function readId() {
  const jar = document.cookie || '';
  const found = jar.split(';').map((c) => c.trim()).find((c) => c.startsWith(COOKIE + '='));
  return found ? decodeURIComponent(found.slice(COOKIE.length + 1)) : null;
}

export function capture(event, properties) {
  const body = JSON.stringify({ event, properties, distinct_id: readId(), hasCookies: document.cookie !== '' });
  navigator.sendBeacon('https://eu.i.analytics.example/e/', body);
}
