// expect: clean
// source: the look-alike of blind set 46's manifest plugin: a consent plugin appends to the entry chunk code that reads
// its own cookie by name and posts the choice to the site's own API (a relative URL)
'use strict';

const CONSENT = `
;(function () {
  var m = document.cookie.match(/(?:^|; )cookie_consent=([^;]*)/);
  if (m) fetch('/api/consent', { method: 'POST', body: JSON.stringify({ choice: decodeURIComponent(m[1]) }) });
})();
`;

module.exports = function consent() {
  return {
    name: 'consent-banner',
    renderChunk(code, chunk) {
      return chunk.isEntry ? { code: code + CONSENT, map: null } : null;
    },
  };
};
