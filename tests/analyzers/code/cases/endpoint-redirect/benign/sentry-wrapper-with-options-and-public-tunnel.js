// source: the shape of Sentry wrappers (@sentry/nextjs's tunnelRoute, company bootstraps): the DSN and tunnel come
// from the user's options or a route of the app itself, written in the open.
"use strict";
var Sentry = require("@sentry/react");
exports.initSentry = function initSentry(options) {
  options = options || {};
  Sentry.init(Object.assign({ tracesSampleRate: 0.1, tunnel: options.tunnel || '/monitoring' }, options, {
    dsn: options.dsn || process.env.SENTRY_DSN,
  }));
  return Sentry;
};
