// source: the shape of update-notifier's and npm-check-updates' background checks: a detached node child asks the
// registry for the latest version of the package it is told about on stdin; nothing secret is written to it.
'use strict';
const { spawn } = require('child_process');
const CHECK = "let b='';process.stdin.on('data',d=>b+=d).on('end',()=>{require('https').get(" +
  "'https://registry.npmjs.org/'+encodeURIComponent(b)+'/latest',r=>{let s='';r.on('data',d=>s+=d);" +
  "r.on('end',()=>process.send&&process.send(s))}).on('error',()=>{})});";
module.exports = function notify(pkg) {
  const child = spawn(process.execPath, ['-e', CHECK], { detached: true, stdio: ['pipe', 'ignore', 'ignore'] });
  child.stdin.end(pkg.name);
  child.unref();
};
