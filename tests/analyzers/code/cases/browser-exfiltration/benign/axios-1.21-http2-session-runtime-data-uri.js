// source: axios 1.21.1 dist/node/axios.cjs: an HTTP client with an http2 session pool, a data: URI
// decoder (base64 of the caller's URL, decoded at run time) and the XSRF cookie read; in the bundle's
// merged flow the decoded data reaches the session's authority — the request still goes where the caller says
const http2 = require('http2');

function fromDataURI(uri) {
  const match = /^data:([^;,]*)(;base64)?,(.*)$/.exec(uri);
  return match[2] ? Buffer.from(decodeURIComponent(match[3]), 'base64') : Buffer.from(decodeURIComponent(match[3]));
}
const cookies = { read: (name) => (typeof document !== 'undefined' ? (document.cookie.match(new RegExp(name + '=([^;]*)')) || [])[1] : undefined) };

class Http2Sessions {
  constructor() { this.sessions = {}; }
  getSession(authority, options) {
    const session = http2.connect(authority, options);
    this.sessions[authority] = session;
    return session;
  }
}
const sessions = new Http2Sessions();

function request(config) {
  const url = config.url.startsWith('data:') ? fromDataURI(config.url).toString() : config.url;
  const { origin, pathname } = new URL(url);
  const session = sessions.getSession(origin, config.http2Options);
  const headers = { ':path': pathname, 'x-xsrf-token': cookies.read(config.xsrfCookieName) };
  const req = session.request(headers);
  req.end(config.data);
  return req;
}
module.exports = request;
