// source: Yarn's documented constraints (yarn.config.cjs): every workspace gets the same engines field and a
// `prepare` script that builds with the project's own tool
module.exports = {
  async constraints({ Yarn }) {
    for (const ws of Yarn.workspaces()) {
      ws.set("engines.node", ">=18");
      ws.set(["scripts", "prepare"], "tsc -b");
    }
  },
};
