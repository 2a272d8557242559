// source: jiti 2.5.1 dist/jiti.cjs evalModule: on a SyntaxError it wraps the source in a base64 data: URL
// built by an IIFE (Buffer.from(code) encodes, it does not decode) and imports it; a Module is made for the
// file, whose name passed through the bundled tokenizer's codePointToString (String.fromCharCode)
const vm = require('vm');
const { Module } = require('module');
function codePointToString(code) {
  return code <= 0xffff ? String.fromCharCode(code) : String.fromCharCode(((code - 0x10000) >> 10) + 0xd800, ((code - 0x10000) & 1023) + 0xdc00);
}
function readWord(input) {
  let word = '';
  for (let i = 0; i < input.length; i++) word += codePointToString(input.codePointAt(i));
  return word;
}
function evalModule(source, id, nativeImport) {
  const filename = readWord(id);
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
