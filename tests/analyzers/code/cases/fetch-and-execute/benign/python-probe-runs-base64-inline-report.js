// source: the shape of tools that probe a Python interpreter (jupyter kernel finders, node-gyp's find-python): inline
// code, kept in base64 to survive shell quoting on Windows, that prints the version and path; it downloads nothing.
'use strict';
const { execFileSync } = require('child_process');
const PROBE = "aW1wb3J0IGpzb24sc3lzCnByaW50KGpzb24uZHVtcHMoeyd2Jzogc3lzLnZlcnNpb24uc3BsaXQoKVswXSwgJ2V4ZSc6IHN5cy5leGVjdXRhYmxlfSkp";
exports.probePython = function probePython(bin = 'python3') {
  const out = execFileSync(bin, ['-c', "import base64;exec(base64.b64decode('" + PROBE + "'))"], { encoding: 'utf8' });
  return JSON.parse(out);
};
