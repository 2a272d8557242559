#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const index_js_1 = require("./index.js");
const packageName = process.argv[2];
const packageVersion = process.argv[3];
void (0, index_js_1.checkAndPreparePackage)(packageName, packageVersion).catch((err) => {
    console.error(err);
    process.exitCode = 1;
});
