// source: the shape of wallet CLIs' "send max" (solana-cli's ALL amount): the balance less the fee goes to the recipient
// the user gives; the constants module holds program ids
const { SystemProgram, Transaction, sendAndConfirmTransaction } = require('@solana/web3.js');
const { MEMO_PROGRAM_ID } = require('./constants');

async function sendMax(connection, from, recipient) {
  const balance = await connection.getBalance(from.publicKey);
  const tx = new Transaction().add(SystemProgram.transfer({
    fromPubkey: from.publicKey,
    toPubkey: recipient,
    lamports: balance - 5000,
  }));
  tx.feePayer = from.publicKey;
  return sendAndConfirmTransaction(connection, tx, [from], { memo: MEMO_PROGRAM_ID.toBase58() });
}
module.exports = { sendMax };
