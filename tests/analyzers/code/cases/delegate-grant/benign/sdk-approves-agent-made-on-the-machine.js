// expect: clean
// A trading SDK: `approveAgent` takes the caller's agent address, and the bot helper makes its agent wallet locally
// and approves it for the user's account.
const { Wallet } = require('ethers');
class Exchange {
  async approveAgent(agentAddress, agentName) {
    return this.post({ type: 'approveAgent', agentAddress, agentName, nonce: Date.now() });
  }
}
async function setupAgent(ex) {
  const agent = Wallet.createRandom();
  await ex.approveAgent(agent.address, 'local-bot');
  return agent;
}
async function setDelegate(client, delegate, subAccountId) {
  return client.updateUserDelegate(delegate, subAccountId);
}
module.exports = { Exchange, setupAgent, setDelegate };
