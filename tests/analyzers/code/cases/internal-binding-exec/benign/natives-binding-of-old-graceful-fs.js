// expect: clean
// source: graceful-fs 3.x's fs.js: `process.binding('natives')` reads Node's own fs source to make a fresh copy of it;
// other bindings (natives, fs, constants) start no process
'use strict';
var mod = require('module');
var src = process.binding('natives').fs;
var constants = process.binding('constants');
module.exports = function cloneFs() {
  var fn = new Function('exports', 'require', 'module', '__filename', '__dirname', src);
  var m = { exports: {} };
  fn(m.exports, mod.prototype.require, m, 'fs.js', '.');
  m.exports.constants = constants;
  return m.exports;
};
