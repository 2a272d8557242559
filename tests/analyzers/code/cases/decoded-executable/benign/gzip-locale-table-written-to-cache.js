// source: the shape of packages that ship a compressed data table inline (locale tables, word lists) and unpack it
// into a cache file on first use: gzip in base64, written out, but data, not a program
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const TABLE = 'H4sIAAAAAAACA6tWSs1TsqpWykjNyclXslLyANO1OkopqSjCiWDh2mqaKgcAQYTdBY0AAAA=';
module.exports = function locales() {
  const file = path.join(os.tmpdir(), 'locales-cache.json');
  if (!fs.existsSync(file)) fs.writeFileSync(file, zlib.gunzipSync(Buffer.from(TABLE, 'base64')));
  return JSON.parse(fs.readFileSync(file, 'utf8'));
};
