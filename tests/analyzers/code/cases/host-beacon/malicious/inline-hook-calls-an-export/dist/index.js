// expect: malicious
// source: blind set 16 setuid-shell-backdoor (a tsc CLI): the postinstall is inline code that calls an export of
// dist/setup.js, whose function reports the host to a raw IP; what the hook's code calls runs at install
"use strict";
exports.pick = (mirrors) => mirrors[0];
