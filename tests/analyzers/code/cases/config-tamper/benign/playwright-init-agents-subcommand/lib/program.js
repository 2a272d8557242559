"use strict";
var import_utilsBundle = require("./utilsBundle");
var import_generateAgents = require("./generateAgents");
function addInitAgentsCommand(program2) {
  const command = program2.command("init-agents");
  command.description("Initialize repository agents");
  command.option("--loop <loop>", "Agentic loop provider");
  command.action(async (opts) => {
    if (opts.loop === "opencode") {
      await import_generateAgents.OpencodeGenerator.init(opts.project);
    } else {
      await import_generateAgents.ClaudeGenerator.init(opts.project);
    }
  });
}
function addServeCommand(program2) {
  program2.command("serve-agents").description("serve").action(async () => {
    await import_generateAgents.ClaudeGenerator.init();
  });
}
const program = import_utilsBundle.program;
addInitAgentsCommand(program);
addServeCommand(program);
module.exports = { program };
