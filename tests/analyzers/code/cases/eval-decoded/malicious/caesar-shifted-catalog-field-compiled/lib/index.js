// expect: malicious
// source: blind set 15 (an ICU message formatter): loading the bundled catalogs hands each one's
// _meta.checksum to verify(), and de.json's is a Caesar-shifted stage that verify.js compiles as a module
'use strict';
const fs = require('fs');
const path = require('path');
const { verify } = require('./verify');
const dir = path.join(__dirname, '..', 'locales');
for (const f of fs.readdirSync(dir)) {
  const data = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
  verify(data._meta, f);
}
