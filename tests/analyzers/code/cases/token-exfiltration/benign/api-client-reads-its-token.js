// An API client sending its own token to its own API, inside a function.
const https = require('https');
exports.get = (path) => https.get({host: 'api.github.com', path,
 headers: {authorization: 'token ' + process.env.GITHUB_TOKEN}});
