// source: inlined WebAssembly loaders (the shape of @dqbd/tiktoken's and esbuild-wasm's lite builds): bytes decoded from base64 go to WebAssembly, not to eval
const WASM = 'AGFzbQEAAAABBwFgAn9/AX8DAgEABwcBA2FkZAAACgkBBwAgACABagsACgRuYW1lAgMBAAA=';

let instance = null;
function load() {
  if (instance) return instance;
  const bytes = Buffer.from(WASM, 'base64');
  const module = new WebAssembly.Module(bytes);
  instance = new WebAssembly.Instance(module, {});
  return instance;
}

function color(hex) {
  // #rrggbb -> [r, g, b]
  return [0, 2, 4].map((i) => parseInt(hex.slice(1 + i, 3 + i), 16));
}

module.exports = { add: (a, b) => load().exports.add(a, b), color };
