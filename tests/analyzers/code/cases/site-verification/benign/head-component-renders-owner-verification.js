// An SEO head helper: the site owner's verification tokens, from the site's config, rendered as meta tags.
'use strict';
const VERIFY = { google: 'google-site-verification', bing: 'msvalidate.01', yandex: 'yandex-verification' };
function verificationTags(config) {
  return Object.keys(config.verification || {}).filter((k) => VERIFY[k])
    .map((k) => ({ name: VERIFY[k], content: String(config.verification[k]) }));
}
module.exports = { verificationTags };
