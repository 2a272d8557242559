// expect: malicious
// source: blind set 55 (an Nx executor, tsc output): the package entry; the executor the CLI runs is in executors.json
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.version = "1.6.0";
