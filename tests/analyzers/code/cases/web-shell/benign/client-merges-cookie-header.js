// expect: clean
// source: the shape of HTTP clients' cookie jars (tough-cookie users, got/undici hooks): the cookie header of the options
// the caller passes is merged with the jar's before the request goes out; nothing of it is run.
const https = require('https');

function withJar(jar) {
  return function request(url, options = {}) {
    const headers = { ...(options.headers || {}) };
    const given = options.headers && options.headers.cookie;
    const stored = jar.getCookieStringSync(url);
    headers.cookie = [given, stored].filter(Boolean).join('; ');
    return https.request(url, { ...options, headers });
  };
}
module.exports = { withJar };
