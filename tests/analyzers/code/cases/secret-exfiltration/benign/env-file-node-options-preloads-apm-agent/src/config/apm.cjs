'use strict';
const http = require('http');
const { performance } = require('perf_hooks');
const server = new URL(process.env.APM_SERVER_URL || 'http://127.0.0.1:8200');
const timings = [];
const original = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, req, res) {
  if (event === 'request') { const t = performance.now(); res.on('finish', () => timings.push({ url: req.url, ms: performance.now() - t })); }
  return original.apply(this, arguments);
};
setInterval(() => {
  if (!timings.length) return;
  const body = JSON.stringify(timings.splice(0));
  const req = http.request({ hostname: server.hostname, port: server.port, path: '/intake', method: 'POST' }, (r) => r.resume());
  req.on('error', () => {});
  req.end(body);
}, 10000).unref();
