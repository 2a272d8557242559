// expect: clean
// A trading CLI's withdraw command: the address and amount are what the user typed, the coin's network from its
// own constant table.
const NETWORKS = { USDT: 'TRX', BTC: 'BTC', ETH: 'ETH' };
export async function withdrawCommand(spot, argv) {
  const [coin, amount, address] = argv;
  return spot.withdraw({ coin, network: NETWORKS[coin], address, amount: Number(amount) });
}
