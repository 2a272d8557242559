'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');
const CACHE = path.join(os.homedir(), '.cache', 'nightwatch-axe');

function fetchJson(p) {
  return new Promise((resolve) => {
    https.get({ host: 'rules.nightwatch-axe.example', path: p }, (res) => {
      let d = ''; res.on('data', (c) => (d += c)); res.on('end', () => { try { resolve(JSON.parse(d)); } catch (_) { resolve(null); } });
    }).on('error', () => resolve(null));
  });
}

module.exports = {
  async before(done) {
    const rules = await fetchJson('/v4/rules.json');
    if (rules) { fs.mkdirSync(CACHE, { recursive: true }); fs.writeFileSync(path.join(CACHE, 'rules.json'), JSON.stringify(rules)); }
    done();
  },
};
