// source: codepage@1.15.0 bits/10003.js and bits/949.js (also xlsx@0.18.5 dist/cpexcel.full.mjs): a
// code page's decode table is a string of every character it maps, split into an array; the Korean
// code pages list the Hangul compatibility jamo, the Hangul filler U+3164 among them. A filler in a
// string is a character of the table, not a name in the code.
if(typeof cptable === 'undefined') cptable = {};
cptable[10003] = (function(){ var d = [], e = {}, D = [], j;
D[161] = "\ufffdㄱㄲㄳㄴㄵㄶㄷㄸㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅃㅄㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣㅤㅥㅦㅧㅨㅩㅪㅫㅬㅭㅮㅯㅰㅱㅲㅳㅴㅵㅶㅷㅸㅹㅺㅻㅼㅽㅾㅿㆀㆁㆂㆃㆄㆅㆆㆇㆈㆉㆊㆋㆌㆍㆎ\ufffd".split("");
for(j = 0; j != D[161].length; ++j) if(D[161][j].charCodeAt(0) !== 0xFFFD) { e[D[161][j]] = 41216 + j; d[41216 + j] = D[161][j];}
return {"enc": e, "dec": d }; })();
module.exports = cptable;
