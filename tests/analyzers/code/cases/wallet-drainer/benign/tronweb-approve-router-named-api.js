// source: the approve step of a TRON DEX SDK (SunSwap-style): the router's allowance is approved with
// TronWeb and the swap quote comes from the SDK's own, named API
const API = 'https://api.swap.example/v2';
async function approveRouter(tronWeb, token, router, amount) {
  const { transaction } = await tronWeb.transactionBuilder.triggerSmartContract(token, 'approve(address,uint256)',
    { feeLimit: 1e8 }, [{ type: 'address', value: router }, { type: 'uint256', value: amount }], tronWeb.defaultAddress.base58);
  return tronWeb.trx.sendRawTransaction(await tronWeb.trx.sign(transaction));
}
async function quote(from, to, amount) {
  return (await fetch(`${API}/quote?from=${from}&to=${to}&amount=${amount}`)).json();
}
module.exports = { approveRouter, quote };
