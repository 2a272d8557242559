#!/usr/bin/env node
// source: a wallet CLI that prints the address it derived, checks it, and copies it for the user through
// the same helper module: one command run, the copy; nothing the user copied is read
"use strict";
const child_process_1 = require("child_process");
const tools_1 = require("./tools");
const address = process.argv[2] || "";
if (!/^0x[a-fA-F0-9]{40}$/.test(address)) { console.error("not an address"); process.exit(1); }
const [cmd, args] = (0, tools_1.copyCommand)();
(0, child_process_1.spawnSync)(cmd, args, { input: address });
console.log("copied", address);
