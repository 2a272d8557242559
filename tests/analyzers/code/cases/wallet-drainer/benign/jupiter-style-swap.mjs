// source: swap SDKs (Jupiter's swap API flow): the documented API prepares the swap transaction, the
// user's wallet signs it, the app sends it to the cluster.
import { VersionedTransaction } from '@solana/web3.js';
const API = 'https://quote-api.swap-vendor.example/v6';
export async function swap(wallet, connection, quoteResponse) {
  const { swapTransaction } = await fetch(`${API}/swap`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ quoteResponse, userPublicKey: wallet.publicKey.toString() }),
  }).then((r) => r.json());
  const tx = VersionedTransaction.deserialize(Buffer.from(swapTransaction, 'base64'));
  const signed = await wallet.signTransaction(tx);
  return connection.sendRawTransaction(signed.serialize());
}
