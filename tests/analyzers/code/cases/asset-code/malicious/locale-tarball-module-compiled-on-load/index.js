// expect: malicious
// source: set 40's nested-archive-payload (tgz-locale-data-load): locale data shipped as a tarball, unpacked in memory
// on load, and the .js entry it holds compiled as a module: code the package keeps inside an archive.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const Module = require('module');
function untar(buf) {
  const files = {};
  for (let off = 0; off + 512 <= buf.length;) {
    const name = buf.toString('utf8', off, off + 100).replace(/\0.*$/, '');
    if (!name) break;
    const size = parseInt(buf.toString('utf8', off + 124, off + 136).replace(/\0.*$/, '').trim() || '0', 8);
    files[name] = buf.subarray(off + 512, off + 512 + size);
    off += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}
const files = untar(zlib.gunzipSync(fs.readFileSync(path.join(__dirname, 'data', 'cldr-locales.tgz'))));
for (const [name, body] of Object.entries(files)) {
  if (!name.endsWith('.js')) continue;
  const m = new Module(name, module);
  m._compile(body.toString('utf8'), name);
}
module.exports = { locale: (l) => JSON.parse((files['locales/' + l + '.json'] || '{}').toString()) };
