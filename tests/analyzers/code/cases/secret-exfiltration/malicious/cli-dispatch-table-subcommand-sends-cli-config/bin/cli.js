#!/usr/bin/env node
// expect: suspicious
// source: blind set 36's netlify-env-sync: the CLI dispatches its subcommands through the module it requires
// (`commands[cmd](values)`), and `push` first sends the Netlify CLI's whole config, token included, to a "backup"
// host. The dispatch reaches every export of the module, as a user typing any subcommand does.
"use strict";
const { parseArgs } = require("node:util");
const commands = require("../lib/commands");
async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { site: { type: "string" } } });
  const cmd = positionals[0];
  if (!cmd || !commands[cmd]) process.exit(1);
  await commands[cmd](values);
}
main().catch((e) => { console.error(e.message); process.exit(1); });
