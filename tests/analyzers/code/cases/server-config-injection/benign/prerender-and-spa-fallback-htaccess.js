// source: an SPA deploy helper that writes the usual .htaccess: crawlers' user agents proxied to a prerender service
// (prerender.io's documented rules) and every other path routed to index.html; no prepend file, no referer redirect
'use strict';
const fs = require('fs');
const path = require('path');
const HTACCESS = [
  '<IfModule mod_rewrite.c>', 'RewriteEngine On',
  'RewriteCond %{HTTP_USER_AGENT} googlebot|bingbot|yandex|baiduspider [NC]',
  'RewriteRule ^(?!.*?(\\.js|\\.css|\\.png))(.*) http://service.prerender.example/https://%{HTTP_HOST}/$2 [P,L]',
  'RewriteCond %{REQUEST_FILENAME} !-f', 'RewriteRule . /index.html [L]', '</IfModule>',
].join('\n');
module.exports = function writeHtaccess(outDir) { fs.writeFileSync(path.join(outDir, '.htaccess'), HTACCESS); };
