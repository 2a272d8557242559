// source: the shape of dev proxies (http-proxy-middleware's router, local tunnels) that point a request's URL at the host
// the user configured, next to a chat bot's rot13 spoiler filter: a rot13 decoder, and a URL's host set at run time,
// but the host is the user's own, never one the package decodes.
"use strict";
function rot13(s) {
  return s.replace(/[a-z]/gi, (c) => String.fromCharCode((c <= "Z" ? 90 : 122) >= (c = c.charCodeAt(0) + 13) ? c : c - 26));
}
const HINT = rot13("Gur nafjre vf sbegl-gjb");
module.exports = function proxy(options) {
  const target = options.target || "localhost:8080";
  return function route(req) {
    const u = new URL(req.url, "http://" + req.headers.host);
    u.host = target;
    return u.toString();
  };
};
module.exports.spoiler = (text) => (text.startsWith("!spoiler ") ? rot13(text.slice(9)) : text);
module.exports.HINT = HINT;
