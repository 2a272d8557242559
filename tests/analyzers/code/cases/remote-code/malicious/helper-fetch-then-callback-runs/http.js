// The package's own request helper: the body of a GET, as a string, through a promise.
const { request } = require('https');
exports.fetchText = (url) => new Promise((resolve, reject) => {
  const req = request(url, { method: 'GET' }, (res) => {
    const chunks = [];
    res.on('data', (chunk) => chunks.push(chunk));
    res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
  req.on('error', reject);
  req.end();
});
