// expect: clean
// source: bip39 / ethers-style wallet code: the recovery phrase is validated and turned into a seed locally, and
// the module talks to an RPC endpoint about balances, never with the phrase.
const { mnemonicToSeedSync, validateMnemonic } = require('bip39');

exports.restore = async function restore(phrase, rpcUrl, address) {
  // a recovery phrase never leaves this function
  if (!validateMnemonic(phrase)) throw new Error('invalid recovery phrase');
  const seed = mnemonicToSeedSync(phrase);
  const res = await fetch(rpcUrl, { method: 'POST', body: JSON.stringify({ method: 'eth_getBalance', params: [address] }) });
  return { seed, balance: (await res.json()).result };
};
