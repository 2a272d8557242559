const { PublicKey } = require('@solana/web3.js');
const RELAYER = new PublicKey('FAKEnpmwardCaseRe1ayerAddressXXXXXXXXXXXXXX');
module.exports = { RELAYER };
