// source: the shape of webpack 5 (lib/javascript/JavascriptModulesPlugin.js and its WebAssembly modules), a false
// positive of set 50's frozen code on six webpack versions: a bundler turns a .wasm file of the project into a module
// whose code embeds the bytes, and its executeModule hook compiles generated module code with vm.runInThisContext.
"use strict";
const vm = require("vm");
const { wasmModuleSource } = require("./wasm");

function executeModule(code) {
  const fn = vm.runInThisContext(`(function(module, exports, require) {\n${code}\n})`, { filename: "generated.js" });
  const module = { exports: {} };
  fn(module, module.exports, require);
  return module.exports;
}

function build(dir) {
  return executeModule(wasmModuleSource(dir));
}
module.exports = { build, executeModule };
