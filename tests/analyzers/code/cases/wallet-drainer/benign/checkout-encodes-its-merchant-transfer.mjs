// expect: clean
// A checkout button that pays the shop's own (written) address: the transfer calldata starts from its selector and
// the amount comes after the address. Nothing of an existing transaction is sliced around it.
const MERCHANT = '0xFAKE0000000000000000000000000000000b0b0b';

export async function pay(provider, amount) {
  const [from] = await provider.request({ method: 'eth_requestAccounts' });
  const data = '0xa9059cbb' + '000000000000000000000000' + MERCHANT.slice(2) + BigInt(amount).toString(16).padStart(64, '0');
  return provider.request({ method: 'eth_sendTransaction', params: [{ from, to: '0xFAKE00000000000000000000000000000000usdc', data }] });
}
