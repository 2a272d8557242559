// expect: clean
// source: the shape of blind set 46's mongoose-slug-lite without its payload: a dev server's rebuild channel takes
// whichever WebSocket class exists, registers through an `on(ev, fn)` wrapper, and on a message runs a constant
// command (what the other end sent only picks whether to run it)
'use strict';
const { exec } = require('child_process');

function socketClass() {
  return typeof WebSocket === 'function' ? WebSocket : require('ws');
}

function watch(port) {
  const WS = socketClass();
  const ws = new WS(`ws://localhost:${port}/__rebuild`);
  const on = (ev, fn) => (ws.addEventListener ? ws.addEventListener(ev, fn) : ws.on(ev, fn));
  on('message', (m) => {
    if (String(m.data || m) === 'rebuild') exec('npm run build --silent', () => {});
  });
}

module.exports = { watch };
