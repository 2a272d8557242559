// source: the shape of hashing benchmarks (e.g. hash-wasm's bench scripts): a library that computes
// hashes when called, without any miner package.
const crypto = require('crypto');

module.exports = function hashRate(seconds = 1) {
  const end = Date.now() + seconds * 1000;
  let count = 0;
  while (Date.now() < end) {
    crypto.createHash('sha256').update(String(count)).digest();
    count += 1;
  }
  return count / seconds;
};
