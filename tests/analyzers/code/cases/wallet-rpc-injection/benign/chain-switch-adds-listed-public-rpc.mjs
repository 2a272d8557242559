// source: the shape of wagmi/web3modal chain switchers: the network a wallet lacks is added with the public endpoints
// the package lists in plain text (or the ones its caller passes); chain ids parsed from hex
const CHAINS = { 10: { chainName: 'OP Mainnet', rpcUrls: ['https://mainnet.optimism.io'], nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 } } };

export async function switchTo(chainId, provider = globalThis.ethereum, overrides = {}) {
  const hex = '0x' + chainId.toString(16);
  try {
    await provider.request({ method: 'wallet_switchEthereumChain', params: [{ chainId: hex }] });
  } catch (err) {
    if (err.code !== 4902) throw err;
    await provider.request({ method: 'wallet_addEthereumChain', params: [{ chainId: hex, ...CHAINS[chainId], ...overrides }] });
  }
  return parseInt(await provider.request({ method: 'eth_chainId' }), 16);
}
