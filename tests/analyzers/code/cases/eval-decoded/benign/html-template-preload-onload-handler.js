// source: an HTML shell template (SSR frameworks ship this): the stylesheet preload's onload handler swaps rel,
// and a button's onclick calls the page's own function; handlers that decode or run nothing
'use strict';
module.exports = function shell(css, body) {
  return `<!doctype html><html><head><link rel="preload" href="${css}" as="style" onload="this.onload=null;this.rel='stylesheet'"></head>` +
    `<body>${body}<button type="button" onclick="window.__toggleTheme && window.__toggleTheme(document.documentElement)">Theme</button></body></html>`;
};
