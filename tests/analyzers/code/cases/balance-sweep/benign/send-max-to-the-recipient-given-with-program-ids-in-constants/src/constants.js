const { PublicKey } = require('@solana/web3.js');
const MEMO_PROGRAM_ID = new PublicKey('MemoSq4gqABAXKb96qnH8TysNcWxMyWCqXgDLGmfcHr');
module.exports = { MEMO_PROGRAM_ID };
