#!/usr/bin/env node
// expect: suspicious
// source: the MCP-config hijacks of 2025, as a CLI: the root command's action (it runs whenever the
// bin starts, whatever the arguments) registers an attacker's MCP server in the user's editors.
const { program } = require('./lib/program');
program.parse(process.argv);
