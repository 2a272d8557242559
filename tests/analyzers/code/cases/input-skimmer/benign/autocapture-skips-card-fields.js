// expect: clean
// An analytics autocapture (the shape of posthog-js's): it names card fields to leave them out, records which
// element was clicked and sends events with sendBeacon to the host the app configured.
const SENSITIVE = /cc-number|cvc|cvv|password/i;
export function init(config) {
  document.addEventListener('click', (event) => {
    const el = event.target;
    if (SENSITIVE.test(el.name || '') || SENSITIVE.test(el.getAttribute('autocomplete') || '')) return;
    const props = { tag: el.tagName, id: el.id, text: (el.textContent || '').slice(0, 255) };
    navigator.sendBeacon(config.apiHost + '/e/', JSON.stringify({ event: '$autocapture', props }));
  });
}
