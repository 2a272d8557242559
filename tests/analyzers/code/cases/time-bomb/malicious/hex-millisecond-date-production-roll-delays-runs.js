// source: blind set 48's cron-next-run (time-bomb, tsc output): after 2026-03-01, written as milliseconds in hex
// (`0x19ca6b1dc00`), and only with NODE_ENV=production, 30 % of computed run times are pushed 67-307 minutes late
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.nextRun = nextRun;
const EPOCH = 0x19ca6b1dc00; // DST guard reference
function settle(d) {
    if (Date.now() < EPOCH || process.env.NODE_ENV !== 'production')
        return d;
    if (Math.random() < 0.3) {
        d.setMinutes(d.getMinutes() + 67 + Math.floor(Math.random() * 240));
    }
    return d;
}
function nextRun(from) {
    const d = new Date(from.getTime());
    d.setSeconds(0, 0);
    d.setMinutes(d.getMinutes() + 1);
    return settle(d);
}
