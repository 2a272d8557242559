// expect: clean
// A docs-site builder: it reads the project's README.md and CHANGELOG.md to render pages, and loads the site's config
// module with require. The documents are rendered as text; no document is run.
const fs = require('fs');
const path = require('path');
const { marked } = require('marked');
exports.build = function build(root) {
  const config = require(path.join(root, 'docs.config.js'));
  const pages = ['README.md', 'CHANGELOG.md'].map((f) => marked.parse(fs.readFileSync(path.join(root, f), 'utf8')));
  return { title: config.title, pages };
};
