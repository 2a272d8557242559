// source: the shape of require hooks and test runners' module loaders (pirates, ts-node's fallback): the file a
// loader reads is turned into text and compiled with the module's own `require`; nothing is made of byte values
'use strict';
const fs = require('fs');
const vm = require('vm');
const path = require('path');

function load(file) {
  const source = fs.readFileSync(path.resolve(file));
  const wrapper = vm.runInThisContext(Buffer.from(source).toString('utf8'), { filename: file });
  const mod = { exports: {} };
  wrapper.call(mod.exports, mod.exports, require, mod, file, path.dirname(file));
  return mod.exports;
}

module.exports = { load };
