// source: the shape of snowflake id generators (a custom epoch in milliseconds, here 2020-01-01 in hex, a random
// worker id when none is configured): a date that ids count from, not a trigger
'use strict';
const EPOCH = 0x16f5e66e800;
let worker = Math.floor(Math.random() * 1024);
let sequence = 0;
let last = 0;
function configure(options) { if (options && Number.isInteger(options.worker)) worker = options.worker & 1023; }
function next() {
  let now = Date.now();
  if (now === last) sequence = (sequence + 1) & 4095; else sequence = 0;
  last = now;
  return ((BigInt(now - EPOCH) << 22n) | (BigInt(worker) << 12n) | BigInt(sequence)).toString();
}
module.exports = { next, configure };
