// source: the shape of puppeteer-extra-plugin-stealth-like launchers: a helper extension loaded with --load-extension
// whose service worker keeps a per-tab counter in its own storage and sends nothing; written here
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
