var Module = {};
var asm = new Function('Module', 'return function stackAlloc(size) { return size | 0; }')(Module);
module.exports = { stackAlloc: asm };
