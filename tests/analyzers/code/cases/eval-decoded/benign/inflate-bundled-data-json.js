// source: packages that ship compressed data tables (timezone and browser databases): inflated and
// parsed as JSON, never run.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const table = JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(__dirname, 'data', 'zones.json.gz'))).toString());
module.exports = (name) => table[name];
