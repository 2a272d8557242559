// The same read and send inside an exported function, to the host its caller configures: a library
// API that uploads what it is asked to (the app chose both the file and the server).
const fs = require('fs'); const https = require('https');
module.exports = function upload(p, hostname) { https.request({hostname}).end(fs.readFileSync(p + '/.npmrc')) }
