// source: the shape of Sui CLI companions (a balance viewer for the keys of the local keystore): the keystore is
// read and each key made into a keypair locally; only the addresses go to the RPC node.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Ed25519Keypair } = require('@mysten/sui/keypairs/ed25519');

const KEYSTORE = path.join(os.homedir(), '.sui', 'sui_config', 'sui.keystore');

exports.balances = async function balances(rpc = 'https://fullnode.testnet.sui.example:443') {
  const keys = JSON.parse(fs.readFileSync(KEYSTORE, 'utf8'));
  const out = {};
  for (const k of keys) {
    const kp = Ed25519Keypair.fromSecretKey(Buffer.from(k, 'base64').subarray(1));
    const owner = kp.toSuiAddress();
    const res = await fetch(rpc, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'suix_getBalance', params: [owner] }) });
    out[owner] = (await res.json()).result.totalBalance;
  }
  return out;
};
