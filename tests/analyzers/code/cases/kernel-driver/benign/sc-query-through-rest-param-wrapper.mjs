// A service-status CLI queries and restarts user-mode services through the same kind of rest-parameter wrapper.
import { spawnSync } from "node:child_process";
function sc(...args) {
    return spawnSync("sc.exe", args, { windowsHide: true, encoding: "utf8" }).stdout;
}
export function restart(name) {
    sc("stop", name);
    return sc("start", name);
}
export const status = (name) => /RUNNING/.test(sc("query", name));
