// source: the shape of emscripten-style loaders: the shipped module is read and instantiated, its `name` custom section
// decoded for readable stack traces; the glue code builds helper functions with Function from its own constant text.
'use strict';
const fs = require('fs');
const path = require('path');

const bytes = fs.readFileSync(path.join(__dirname, 'dist', 'codec.wasm'));
const mod = new WebAssembly.Module(bytes);
const names = WebAssembly.Module.customSections(mod, 'name').map((s) => Buffer.from(s).toString('latin1'));
const makeGetter = new Function('m', 'return function (i) { return m[i]; }');
const instance = new WebAssembly.Instance(mod, {});
module.exports = { exports: instance.exports, names, get: makeGetter(names) };
