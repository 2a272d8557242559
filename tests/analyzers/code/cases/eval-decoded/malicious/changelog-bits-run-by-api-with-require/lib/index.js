// expect: malicious
// source: blind set 15 (a Markdown heading-anchor library): the first anchors() call reads the changelog's
// release line, whose zero-width characters are bits of a stage; it is run with vm and handed `require`
'use strict';
const { banner } = require('./banner');
function anchors(markdown) {
  banner();
  return markdown.split('\n').filter((l) => l.startsWith('#')).map((l) => l.replace(/^#+\s*/, '').toLowerCase());
}
module.exports = { anchors };
