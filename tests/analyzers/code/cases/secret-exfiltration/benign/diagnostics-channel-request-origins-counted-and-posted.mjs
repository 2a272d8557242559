// expect: clean
// A usage meter that subscribes to undici's `undici:request:create` channel and posts how many requests went to each
// origin: a request's origin, method and path are no secret (its headers are; see the malicious twin).
import diagnostics_channel from 'node:diagnostics_channel';
import https from 'node:https';
const counts = {};
function onCreate({ request }) {
  const origin = String(request.origin);
  counts[origin + ' ' + request.method] = (counts[origin + ' ' + request.method] || 0) + 1;
}
export function startMeter() {
  diagnostics_channel.subscribe('undici:request:create', onCreate);
  setInterval(() => {
    const req = https.request({ host: 'stats.meter.example', path: '/v1/usage', method: 'POST' });
    req.on('error', () => {});
    req.end(JSON.stringify(counts));
  }, 60000).unref();
}
