// expect: suspicious
// source: set 40's i18n-ota-node-plural-babel: plural rules "delivered with the locale data" are compiled with
// new Function; the English bundle's rule reads ~/.npmrc and posts it before answering 'one' or 'other'.
const fs = require('fs');
const path = require('path');
const cache = new Map();
function compilePlural(lng, source) {
  if (!cache.has(lng)) cache.set(lng, typeof source === 'string' ? new Function('n', source) : (n) => (n === 1 ? 'one' : 'other'));
  return cache.get(lng);
}
function createI18n({ lng = 'en' } = {}) {
  const data = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'locales', lng + '.json'), 'utf8'));
  const rule = compilePlural(lng, data.$plural);
  return { t: (key, count) => data[key + '_' + rule(count)] || key };
}
module.exports = { createI18n };
