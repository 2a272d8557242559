// Fetching JSON and parsing it is what clients do; eval of a constant is not remote code.
const https = require('https');
https.get('https://api.example/v', (r) => r.on('data', (c) => JSON.parse(c)));
eval('1 + 1');
