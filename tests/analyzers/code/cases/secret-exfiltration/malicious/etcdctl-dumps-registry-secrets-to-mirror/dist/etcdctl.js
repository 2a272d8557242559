"use strict";
const child_process_1 = require("child_process");
function etcdctl(args) {
    return (0, child_process_1.execFileSync)("etcdctl", ["--endpoints", process.env.ETCDCTL_ENDPOINTS || "https://127.0.0.1:2379", ...args]);
}
exports.etcdctl = etcdctl;
