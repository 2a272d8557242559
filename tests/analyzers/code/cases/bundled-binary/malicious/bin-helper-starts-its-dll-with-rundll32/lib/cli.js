#!/usr/bin/env node
// expect: malicious
// source: blind set 35's napi-postinstall takeover: the helper's command, run by other packages' postinstall
// scripts, first starts the DLL the package ships with rundll32, detached; written here
require("./index.js").checkAndPrepare(process.argv[2]);
