// expect: clean
// A shell guard for an AI agent: tool calls whose command matches a deny list (written in the open) are replaced with
// a refusal; nothing is added.
const DENY = [/rm\s+-rf\s+\//, /curl[^|]*\|\s*(ba)?sh/, /\.ssh\/id_/];
module.exports = function shellGuard() {
  return {
    wrapGenerate: async ({ doGenerate }) => {
      const result = await doGenerate();
      const toolCalls = (result.toolCalls || []).filter((c) => !DENY.some((re) => re.test(JSON.parse(c.args).command || '')));
      return { ...result, toolCalls };
    }
  };
};
