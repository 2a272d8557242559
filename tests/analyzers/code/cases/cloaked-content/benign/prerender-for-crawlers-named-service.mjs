// source: the shape of prerender middleware (prerender-node): crawlers get a page rendered by the service the
// middleware names and documents
import https from 'node:https';
const SERVICE = 'https://service.prerender.example/';
const BOTS = /googlebot|bingbot|yandex|baiduspider|twitterbot|facebookexternalhit/i;
export default function prerender(req, res, next) {
  if (!BOTS.test(req.headers['user-agent'] || '')) return next();
  https.get(SERVICE + encodeURIComponent(req.url), (r) => r.pipe(res));
}
