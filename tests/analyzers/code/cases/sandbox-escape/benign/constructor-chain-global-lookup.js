// expect: clean
// source: the global-object lookup of old polyfills and template engines: a function's constructor is Function, and
// `Function('return this')()` is the global object; nothing of the host's process or child_process
'use strict';
var root = (function () { return this; }).constructor.constructor('return this')();
var AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
module.exports = function compile(body) {
  return new AsyncFunction('ctx', 'with (ctx) { return (' + body + '); }').bind(root);
};
