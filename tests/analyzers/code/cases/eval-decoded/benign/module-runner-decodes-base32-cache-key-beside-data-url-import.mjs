// source: the shape of ESM test runners and REPLs that evaluate the user's code as a `data:` module, keyed in a cache
// by a base32 id decoded with a small helper: the decoded bytes are the key, not the code that runs
function fromB32(s) {
  const alpha = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0, val = 0;
  const out = [];
  for (const c of s.toUpperCase()) {
    val = (val << 5) | alpha.indexOf(c);
    bits += 5;
    if (bits >= 8) { out.push((val >>> (bits - 8)) & 255); bits -= 8; }
  }
  return Buffer.from(out);
}
const cache = new Map();
export async function evaluate(id, source) {
  const key = fromB32(id).toString('hex');
  if (!cache.has(key)) cache.set(key, await import('data:text/javascript;charset=utf-8,' + encodeURIComponent(source)));
  return cache.get(key);
}
