// expect: clean
// source: a TOTP helper with its own base32 decoder (for the shared secret, not code) beside a template engine that
// compiles the user's template with the AsyncFunction constructor (ejs and eta do this)
const crypto = require('crypto');

function base32(s) {
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0, val = 0;
  const out = [];
  for (const ch of s.replace(/=+$/, '')) {
    val = (val << 5) | A.indexOf(ch.toUpperCase());
    bits += 5;
    if (bits >= 8) { out.push((val >>> (bits - 8)) & 255); bits -= 8; }
  }
  return Buffer.from(out);
}

function totp(secret, step = 30) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 1000 / step)));
  const mac = crypto.createHmac('sha1', base32(secret)).update(counter).digest();
  const o = mac[mac.length - 1] & 15;
  return String((mac.readUInt32BE(o) & 0x7fffffff) % 1e6).padStart(6, '0');
}

const AsyncFunction = (async () => {}).constructor;

function compile(template) {
  const body = 'let out = "";\n' + template.split(/<%=(.+?)%>/g)
    .map((part, i) => (i % 2 ? `out += String(await (${part}));` : `out += ${JSON.stringify(part)};`)).join('\n') + '\nreturn out;';
  return new AsyncFunction('it', body);
}

module.exports = { totp, compile, isAsync: (fn) => fn instanceof AsyncFunction };
