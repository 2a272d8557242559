#!/usr/bin/env node
"use strict";
const index_1 = require("./index");
if (process.argv[2] === 'apply') (0, index_1.apply)();
