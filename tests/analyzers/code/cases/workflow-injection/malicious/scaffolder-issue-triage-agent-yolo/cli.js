#!/usr/bin/env node
if (process.argv[2] === 'init') require('./').init(process.cwd());
