// expect: clean
// source: eslint-plugin-turbo 2.11.9 and @turbo/gen 2.11.9 (rank ~5,900): their minified dist bundles undici (whose
// connector calls net.connect) and execa (which starts `/bin/sh` when `shell: true`) a few lines apart, in module
// factories that never call each other; reduced here to the two modules on neighbouring lines
"use strict";var o=(e,t)=>()=>(t||e((t={exports:{}}).exports,t),t.exports);
var Nt=o((exports,t)=>{let n=require(`net`),r=require(`tls`);function i(e){return function({hostname:t,host:i,protocol:a,port:o},s){let c=a===`https:`?r.connect({host:t,port:o||443,servername:i}):n.connect({host:t,port:o||80});c.setNoDelay(!0);return s(null,c),c}}t.exports=i});
var Ex=o((exports,t)=>{let n=require(`child_process`),r=process.platform===`win32`;function i(e,t=[],a={}){let o=a.shell?r?`cmd.exe`:`/bin/sh`:e,s=a.shell?[r?`/d /s /c`:`-c`,[e,...t].join(` `)]:t;let c=n.spawn(o,s,{stdio:a.stdio||`pipe`,env:{...process.env,...a.env}});return a.input&&c.stdin.end(a.input),c}t.exports=i});
module.exports={connector:Nt(),execa:Ex()};
