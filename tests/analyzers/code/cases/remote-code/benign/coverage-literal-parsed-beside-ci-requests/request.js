const https = require('https');
exports.request = (url, body) => new Promise((resolve, reject) => {
  const req = https.request(url, { method: 'POST' }, (res) => {
    let d = '';
    res.on('data', (c) => (d += c));
    res.on('end', () => resolve(JSON.parse(d)));
  });
  req.on('error', reject);
  req.end(JSON.stringify(body));
});
