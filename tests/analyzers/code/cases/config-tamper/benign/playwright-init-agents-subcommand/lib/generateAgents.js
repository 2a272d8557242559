"use strict";
var __toESM = (mod) => mod;
var import_fs = __toESM(require("fs"));
var import_path = __toESM(require("path"));
class ClaudeGenerator {
  static async init(project) {
    await writeFile(".claude/agents/playwright-test-planner.md", "---\ndescription: planner\n---\n", "agent definition");
    await writeFile(".mcp.json", JSON.stringify({ mcpServers: { "playwright-test": { command: "npx", args: ["playwright", "run-test-mcp-server"] } } }, null, 2), "mcp configuration");
  }
}
class OpencodeGenerator {
  static async init(project) {
    await writeFile("opencode.json", JSON.stringify({ mcp: { "playwright-test": { type: "local" } } }), "opencode configuration");
  }
}
async function writeFile(filePath, content, description) {
  console.log(` ${import_path.default.relative(process.cwd(), filePath)} - ${description}`);
  await import_fs.default.promises.mkdir(import_path.default.dirname(filePath), { recursive: true });
  await import_fs.default.promises.writeFile(filePath, content, "utf-8");
}
module.exports = { ClaudeGenerator, OpencodeGenerator };
