// source: the shape of wallet CLIs and SDK helpers: the key read from the keypair file signs the transaction
// (as its payer, or inside signTransaction), and only a transfer and a signature go to the node
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Connection, Keypair, SystemProgram, Transaction, sendAndConfirmTransaction } = require('@solana/web3.js');
const { Wallet, JsonRpcProvider } = require('ethers');

async function pay(to, lamports) {
  const secret = JSON.parse(fs.readFileSync(path.join(os.homedir(), '.config', 'solana', 'id.json'), 'utf8'));
  const payer = Keypair.fromSecretKey(Uint8Array.from(secret));
  const conn = new Connection('https://api.mainnet-beta.solana.example');
  const tx = new Transaction().add(SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: to, lamports }));
  return sendAndConfirmTransaction(conn, tx, [payer]);
}

async function send(privateKey, to, value) {
  const provider = new JsonRpcProvider('https://rpc.example');
  const wallet = new Wallet(privateKey, provider);
  const signed = await wallet.signTransaction({ to, value, chainId: 1 });
  await provider.broadcastTransaction(signed);
  return wallet.sendTransaction({ to, value });
}

module.exports = { pay, send };
