// source: jiti 2.5.1 dist/jiti.cjs evalModule: on a SyntaxError it wraps the source in a base64 data: URL
// built by an IIFE (Buffer.from(code) encodes, it does not decode) and imports it; a Module is made for the file
const vm = require('vm');
const { Module } = require('module');
function evalModule(source, filename, nativeImport) {
  const wrapped = '(function (exports, require, module) { ' + source + '\n});';
  let compiled;
  try {
    compiled = vm.runInThisContext(wrapped, { filename });
  } catch (error) {
    compiled = function (code, load) {
      const uri = `data:text/javascript;base64,${Buffer.from(`export default ${code}`).toString('base64')}`;
      return (...args) => load(uri).then((m) => m.default(...args));
    }(source, nativeImport);
  }
  const mod = new Module(filename);
  mod.filename = filename;
  compiled(mod.exports, require, mod);
  return mod.exports;
}
module.exports = { evalModule };
