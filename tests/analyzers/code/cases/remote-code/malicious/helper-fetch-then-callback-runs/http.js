const https = require('https');
function fetchText(url) {
  return new Promise((resolve, reject) => {
    https.get(url, (res) => {
      let d = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (d += c));
      res.on('end', () => resolve(d));
    }).on('error', reject);
  });
}
exports.fetchText = fetchText;
exports.fetchJson = async (url) => JSON.parse(await fetchText(url));
