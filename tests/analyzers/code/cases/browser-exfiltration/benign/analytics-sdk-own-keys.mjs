// source: analytics SDKs (Segment's analytics-next, PostHog): the SDK reads its own named storage keys
// (the anonymous id) and sends them with events to its documented endpoint, when the app calls it.
export function track(event) {
  const anonymousId = localStorage.getItem('ajs_anonymous_id');
  const userId = localStorage.getItem('ajs_user_id');
  return fetch('https://api.segment.example/v1/t', { method: 'POST', body: JSON.stringify({ event, anonymousId, userId }) });
}
