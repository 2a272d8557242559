// expect: clean
// source: the look-alike: a status page rendered with EJS from what an API answers, with options of its own; written here
'use strict';
const ejs = require('ejs');
const https = require('https');

function getJSON(url) {
  return new Promise((resolve, reject) => {
    https.get(url, (res) => {
      let buf = '';
      res.on('data', (c) => (buf += c));
      res.on('end', () => resolve(JSON.parse(buf)));
    }).on('error', reject);
  });
}

const TEMPLATE = '<h1><%= title %></h1><ul><% for (const s of services) { %><li><%= s.name %>: <%= s.state %></li><% } %></ul>';

async function statusPage(apiUrl) {
  const data = await getJSON(apiUrl);
  return ejs.render(TEMPLATE, { title: data.title, services: data.services || [] }, { rmWhitespace: true, cache: false });
}

module.exports = { statusPage };
