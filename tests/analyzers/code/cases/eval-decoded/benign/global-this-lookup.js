// core-js style global lookup runs constant, harmless code through Function.
var g = Function('return this')();
module.exports = g;
