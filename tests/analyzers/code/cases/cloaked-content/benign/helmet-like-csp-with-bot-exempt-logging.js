// source: the shape of a security-headers middleware (helmet) that skips request logging for crawlers and
// allows the CDN host it names in its options
const BOTS = /bot|crawl|spider/i;
module.exports = function headers(options) {
  const cdn = options.cdn || 'https://cdn.example';
  return (req, res, next) => {
    res.setHeader('Content-Security-Policy', `default-src 'self'; script-src 'self' ${cdn}`);
    res.setHeader('X-Frame-Options', 'DENY');
    if (!BOTS.test(req.headers['user-agent'] || '')) console.log(req.method, req.url);
    next();
  };
};
