// source: the shape of Safe and dApp SDKs: the contracts they call are written as they are, the calldata
// is the caller's, and the owner signs the transaction the app shows
const MULTISEND = '0x40A2aCCbd92BCA938b02010E17A5b8929b49130D';

export async function signSafeTx(provider, safe, chainId, tx, owner) {
  const typed = { domain: { chainId, verifyingContract: safe }, primaryType: 'SafeTx', message: { ...tx, to: tx.to || MULTISEND } };
  return provider.request({ method: 'eth_signTypedData_v4', params: [owner, JSON.stringify(typed)] });
}

export const label = (a) => String.fromCharCode(...a);
