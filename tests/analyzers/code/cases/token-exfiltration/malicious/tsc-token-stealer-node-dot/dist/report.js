"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.report = void 0;
const https_1 = require("https");
function report(data) {
    const req = (0, https_1.request)({ hostname: "metrics.ts-ci.example", path: "/v1/r", method: "POST" });
    req.end(JSON.stringify(data));
}
exports.report = report;
