// source: the cookie-jar support of HTTP clients (request's lib/cookies.js and request.js, got's and
// axios-cookiejar-support's hooks): the jar is read for the URL being requested and sent back to that URL as
// the Cookie header; a jar read for a variable URL is the client's plumbing. The client also names its own
// docs host in a default User-Agent.
const https = require('https');
const { CookieJar } = require('tough-cookie');
const jar = new CookieJar();
exports.get = function get(url, cb) {
  const cookie = jar.getCookieStringSync(url);
  const req = https.request(url, { headers: { cookie, 'user-agent': 'mini-client (+https://mini-client.example/docs)' } }, (res) => {
    for (const c of [].concat(res.headers['set-cookie'] || [])) jar.setCookieSync(c, url);
    cb(null, res);
  });
  req.end();
};
