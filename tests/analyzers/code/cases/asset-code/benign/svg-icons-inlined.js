// source: icon and banner helpers (svg-inline loaders, CLI banners, 2024): the package reads its SVG and
// PNG assets to inline them in HTML or print a banner; no asset is run.
const fs = require('fs'); const path = require('path');
const svg = fs.readFileSync(path.join(__dirname, 'icons', 'logo.svg'), 'utf8');
const png = fs.readFileSync(path.join(__dirname, 'assets', 'banner.png'));
module.exports = {
  html: () => `<span class="logo">${svg}</span>`,
  dataUri: () => 'data:image/png;base64,' + png.toString('base64'),
  render: (tpl) => new Function('data', 'return `' + tpl.replace(/`/g, '\\`') + '`'),
};
