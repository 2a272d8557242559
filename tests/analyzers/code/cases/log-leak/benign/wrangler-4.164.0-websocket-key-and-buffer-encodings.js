// expect: clean
// source: wrangler@4.164.0 wrangler-dist/cli.js (a 9 MB bundle): a WebSocket client's handshake key
// (`key = randomBytes(16).toString("base64")`), a body encoder (`str = buf.toString("base64")`) and, elsewhere, the
// base64 of other variables named the same way, beside a debug print of settings from the environment. Neither
// variable is declared as the base64 of a secret, so nothing printed is encoded twice.
const { randomBytes } = require('crypto');
let key, str;
function handshake() { key = randomBytes(16).toString('base64'); return { 'Sec-WebSocket-Key': key }; }
function encodeBody(buf) { str = buf instanceof Buffer ? buf.toString('base64') : String(buf); return str; }
function debugAuth() {
  const token = process.env.CLOUDFLARE_API_TOKEN;
  if (process.env.WRANGLER_LOG === 'debug') console.log('auth', Buffer.from(str || '').toString('base64'), token ? 'set' : 'unset', Buffer.from(key || '').toString('base64'));
}
module.exports = { handshake, encodeBody, debugAuth };
