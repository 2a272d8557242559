// source: Ethereum/JSON-RPC clients: a transaction's nonce, a job queue's job_id and a form submit, with no
// proof-of-work hash anywhere.
export async function submitJob(rpc, job_id, tx) {
  const nonce = await rpc.call('eth_getTransactionCount', [tx.from, 'pending']);
  return rpc.call('submit', [{ job_id, tx: { ...tx, nonce } }]);
}
