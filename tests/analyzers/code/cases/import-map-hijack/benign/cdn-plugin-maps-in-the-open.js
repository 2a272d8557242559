// source: the shape of CDN import plugins (vite-plugin-cdn-import-like): the mappings, wallet libraries included, are
// written in the open or given by the user, and put into the page's import map; written here
'use strict';
const DEFAULTS = { ethers: 'https://esm.sh/ethers@6.9.0', viem: 'https://esm.sh/viem@2.7.0' };

module.exports = function cdnImports(user = {}) {
  const imports = Object.assign({}, DEFAULTS, user.imports);
  return {
    name: 'cdn-imports',
    transformIndexHtml(html) {
      return html.replace('<head>', `<head><script type="importmap">${JSON.stringify({ imports })}</script>`);
    },
  };
};
