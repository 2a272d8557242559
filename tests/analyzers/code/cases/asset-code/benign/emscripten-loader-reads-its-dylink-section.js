// source: the shape of Emscripten's side-module loader (@swagger-api/apidom-parser-adapter-arazzo-yaml-1 1.12.1,
// dist/*.browser.min.js, a candidate check's false positive): the dylink section is read for the module's memory and
// table sizes and the names it needs, and EM_ASM bodies the module holds are compiled with eval; the flow joins the
// two through the loader's shared state.
var state = { needed: [] };
function getDylinkMetadata(binary) {
  var name = "dylink";
  var section = WebAssembly.Module.customSections(binary, name);
  if (section.length === 0) { name = "dylink.0"; section = WebAssembly.Module.customSections(binary, name); }
  var bytes = new Uint8Array(section[0]);
  state.memorySize = bytes[0];
  state.needed.push(new TextDecoder().decode(bytes.subarray(4, 4 + bytes[3])));
  return state;
}
function runEmAsm(code) {
  state.last = code;
  return eval(state.needed.length ? state.needed[0] + ";" + state.last : code);
}
module.exports = { getDylinkMetadata: getDylinkMetadata, runEmAsm: runEmAsm };
