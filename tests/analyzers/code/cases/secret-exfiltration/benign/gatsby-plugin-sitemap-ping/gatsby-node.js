// source: a Gatsby plugin whose onPostBuild tells a search engine where the site's sitemap is (the site's own URL,
// from its config; no secret)
"use strict";
var _https = require("https");
exports.onPostBuild = async function onPostBuild({ store }, options) {
  const { config } = store.getState();
  const sitemap = `${config.siteMetadata.siteUrl}/sitemap-index.xml`;
  if (process.env.NODE_ENV !== 'production' || options.ping === false) return;
  _https.get(`https://search.example/ping?sitemap=${encodeURIComponent(sitemap)}`, res => res.resume()).on('error', () => {});
};
