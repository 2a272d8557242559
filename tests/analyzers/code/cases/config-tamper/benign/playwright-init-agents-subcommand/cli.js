#!/usr/bin/env node
// source: playwright@1.65.1 cli.js -> lib/program.js (`playwright init-agents --loop=claude` writes
// the agent definitions and .mcp.json of the user's repository when the user runs that subcommand).
const { program } = require('./lib/program');
program.parse(process.argv);
