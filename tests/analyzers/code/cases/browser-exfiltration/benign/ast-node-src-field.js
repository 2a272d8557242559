// A parser's node with a `src` field is not an image: nothing is loaded.
export function parse(text) {
  const node = { type: 'Import' };
  node.src = 'https://unpkg.example/lib.js?c=' + document.cookie.length;
  return node;
}
parse('x');
