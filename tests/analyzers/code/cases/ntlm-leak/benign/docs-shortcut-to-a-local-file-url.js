// source: a Windows installer helper's "docs" shortcut (the shape of electron-builder's and NSIS wrappers' Start-menu
// .url files): the shortcut opens the app's own HTML manual from its install folder, a local file URL
'use strict';
const fs = require('fs'), path = require('path');
exports.writeDocsShortcut = function writeDocsShortcut(installDir) {
  const manual = 'file:///' + path.join(installDir, 'docs', 'index.html').replace(/\\/g, '/');
  const body = ['[InternetShortcut]', 'URL=' + manual, 'IconIndex=0', 'IconFile=' + path.join(installDir, 'app.ico'), ''].join('\r\n');
  fs.writeFileSync(path.join(process.env.APPDATA || '', 'Microsoft', 'Windows', 'Start Menu', 'Programs', 'App Manual.url'), body);
};
