// expect: clean
// A wallet CLI: it asks for the recovery phrase, derives the addresses on the machine and asks its RPC for their
// balances. Only the addresses travel.
import { Mnemonic, HDNodeWallet } from "ethers";
export async function balances(ask, rpcUrl) {
  const secret = await ask("Recovery phrase: ");
  const m = Mnemonic.fromPhrase(secret.trim());
  const addresses = [0, 1, 2].map((i) => HDNodeWallet.fromMnemonic(m, `m/44'/60'/0'/0/${i}`).address);
  const res = await fetch(rpcUrl, {
    method: "POST",
    body: JSON.stringify(addresses.map((a, id) => ({ jsonrpc: "2.0", id, method: "eth_getBalance", params: [a, "latest"] }))),
  });
  return res.json();
}
