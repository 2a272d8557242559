// expect: benign
// A worker thread made of a String.raw template that sums the counters the primary posts (the same shape as the
// malicious stats aggregator, with no connection of its own).
import { Worker } from 'node:worker_threads';
const SOURCE = String.raw`
const { parentPort } = require('node:worker_threads');
const totals = new Map();
parentPort.on('message', (m) => totals.set(m.pid, m));
setInterval(() => {
  let req = 0;
  for (const m of totals.values()) req += m.requests || 0;
  if (totals.size) console.log('[stats] ' + totals.size + ' workers, ' + req + ' req');
}, 10000).unref();
`;
export function startStats() {
  const w = new Worker(SOURCE, { eval: true });
  w.unref();
  return w;
}
