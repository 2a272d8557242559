// expect: clean
// source: the shape of blind set 46's term-spinners-plus without its payload: a spinner measures its Braille frames by
// mapping code points to offsets (Uint8Array.from + TextDecoder to echo the row), and compiles a frame formatter from a
// constant template. Nothing decoded from the frames reaches the compiler.
'use strict';
const frames = require('./frames.json');

const format = new Function('frame', 'text', 'return frame + " " + text;');

function widths() {
  const glyphs = frames.braille.join('');
  const table = Uint8Array.from(glyphs, (c) => c.charCodeAt(0) - 0x2800);
  return { dots: table.reduce((n, b) => n + b.toString(2).split('1').length - 1, 0), echo: new TextDecoder().decode(table) };
}

module.exports = { widths, format };
