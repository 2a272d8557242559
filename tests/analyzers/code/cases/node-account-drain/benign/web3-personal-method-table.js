// source: the shape of web3 client libraries (web3-eth-personal, ethers' JsonRpcSigner): a table of the node's
// methods, with unlockAccount taking the password the caller passes; client names appear as node types
const METHODS = [
  { name: 'getAccounts', call: 'eth_accounts', params: 0 },
  { name: 'sendTransaction', call: 'eth_sendTransaction', params: 1 },
  { name: 'unlockAccount', call: 'personal_unlockAccount', params: 3 },
];
const CLIENTS = ['geth', 'ethereum', 'parity'];
function attach(provider) {
  const api = {};
  for (const m of METHODS) api[m.name] = (...args) => provider.request({ method: m.call, params: args.slice(0, m.params) });
  api.unlock = (address, password, seconds) => api.unlockAccount(address, password, seconds);
  api.clientKind = (version) => CLIENTS.find((c) => version.toLowerCase().includes(c)) || 'unknown';
  return api;
}
module.exports = { attach };
