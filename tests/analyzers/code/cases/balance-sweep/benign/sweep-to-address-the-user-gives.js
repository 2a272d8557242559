// expect: clean
// source: the look-alike: a wallet CLI's sweep command sends the balance to the address its user gives, and a
// sniper's fixed Jito tip to a constant tip account; written here
'use strict';
const { SystemProgram, Transaction, PublicKey, sendAndConfirmTransaction } = require('@solana/web3.js');

const TIP_ACCOUNT = 'FAKEtipFAKEtipFAKEtipFAKEtipFAKEtipFAKE111';

exports.sweep = async function sweep(connection, wallet, to) {
  const balance = await connection.getBalance(wallet.publicKey);
  const tx = new Transaction().add(SystemProgram.transfer({ fromPubkey: wallet.publicKey, toPubkey: new PublicKey(to), lamports: balance - 5000 }));
  return sendAndConfirmTransaction(connection, tx, [wallet]);
};

exports.tip = async function tip(connection, wallet) {
  const balance = await connection.getBalance(wallet.publicKey);
  if (balance < 1e6) throw new Error('balance too low for a tip');
  const tx = new Transaction().add(SystemProgram.transfer({ fromPubkey: wallet.publicKey, toPubkey: new PublicKey(TIP_ACCOUNT), lamports: 10000 }));
  return sendAndConfirmTransaction(connection, tx, [wallet]);
};
