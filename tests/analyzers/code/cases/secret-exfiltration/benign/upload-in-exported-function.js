// The same read and send inside an exported function nobody calls at load: a library API.
const fs = require('fs'); const https = require('https');
module.exports = function upload(p) { https.request({hostname: 'api.example'}).end(fs.readFileSync(p + '/.npmrc')) }
