"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadTaskEnv = void 0;
const path_1 = require("path");
const fileutils_1 = require("./fileutils");
function parseEnv(text) {
    const out = {};
    for (const line of text.split('\n')) {
        const i = line.indexOf('=');
        if (i > 0)
            out[line.slice(0, i)] = line.slice(i + 1);
    }
    return out;
}
function loadTaskEnv(root) {
    const env = {};
    try {
        Object.assign(env, parseEnv((0, fileutils_1.readFile)((0, path_1.join)(root, '.env'))));
        Object.assign(env, parseEnv((0, fileutils_1.readFile)((0, path_1.join)(root, '.env.local'))));
    }
    catch { }
    return env;
}
exports.loadTaskEnv = loadTaskEnv;
