// source: @img/sharp-wasm32 0.33.2 lib/sharp-wasm32.node.js (Emscripten + emnapi): a function named after a
// string read from wasm memory with UTF8ToString (String.fromCharCode over the heap) is made with new Function
var HEAPU8 = new Uint8Array(16);
function UTF8ToString(ptr, maxBytesToRead) {
  var str = '';
  while (ptr < HEAPU8.length && HEAPU8[ptr]) str += String.fromCharCode(HEAPU8[ptr++]);
  return str;
}
function makeFunction(name, cb) {
  return new Function('_', 'return function ' + name + '(){"use strict";return _.apply(this,arguments);};')(cb);
}
function emnapiCreateFunction(envObject, utf8name, length, cb) {
  var functionName = length === -1 ? UTF8ToString(utf8name) : '';
  var f = new Function('_', 'return function ' + functionName + '(){"use strict";return _.apply(this,arguments);};')(cb);
  return makeFunction(functionName, f);
}
module.exports = { emnapiCreateFunction };
