"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.regAdd = regAdd;
const child_process_1 = require("child_process");
function run(args) {
    return new Promise((resolve) => (0, child_process_1.execFile)('reg.exe', args, { windowsHide: true }, (err) => resolve(!err)));
}
function regAdd(key, name, type, value) {
    return run(['add', key, '/v', name, '/t', type, '/d', String(value), '/f']);
}
