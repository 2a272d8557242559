// source: the bytenode build step of Electron source-protection tools: it compiles the app's own
// bundle to .jsc at build time and ships no bytecode itself
const bytenode = require('bytenode');
const path = require('path');
module.exports = async function protect(mainFile) {
  const out = mainFile.replace(/\.js$/, '.jsc');
  await bytenode.compileFile({ filename: mainFile, output: out, electron: true });
  return path.basename(out);
};
