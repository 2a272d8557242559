// source: the shape of Docusaurus search plugins (docusaurus-plugin-typesense / Algolia index uploaders): postBuild
// reads the pages the build wrote and posts them to the search service the user configured, with the admin key
// from the variable the plugin documents.
'use strict';
const fs = require('fs');
const path = require('path');
module.exports = function plugin(context, options) {
  return {
    name: 'docusaurus-plugin-search-upload',
    async postBuild({ outDir, routesPaths }) {
      const docs = routesPaths.map((r) => ({ url: r, html: fs.readFileSync(path.join(outDir, r, 'index.html'), 'utf8') }));
      await fetch(`https://${options.appId}.search.example/1/indexes/${options.index}/batch`, {
        method: 'POST',
        headers: { 'x-api-key': process.env.SEARCH_ADMIN_KEY, 'content-type': 'application/json' },
        body: JSON.stringify({ requests: docs.map((d) => ({ action: 'addObject', body: d })) }),
      });
    },
  };
};
