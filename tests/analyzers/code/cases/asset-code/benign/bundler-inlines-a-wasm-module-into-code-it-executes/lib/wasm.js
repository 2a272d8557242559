"use strict";
const fs = require("fs");
const path = require("path");

function wasmModuleSource(dir) {
  const bytes = fs.readFileSync(path.join(dir, "module.wasm"));
  return `module.exports = new WebAssembly.Module(Buffer.from(${JSON.stringify(bytes.toString("base64"))}, "base64"));`;
}
module.exports = { wasmModuleSource };
