// source: the shape of error-reporting SDKs (Airbrake, Bugsnag and Sentry's Node notifiers): the exported `init`
// returns a handler the application installs, which posts the error with a filtered copy of the environment
// (only the variables the user listed) to the reporting service the user configured.
'use strict';
const https = require('https');
function init({ host = 'errors.reporter.example', allow = ['NODE_ENV', 'APP_VERSION'] } = {}) {
  function notify(err) {
    const env = {};
    for (const k of allow) env[k] = process.env[k];
    const req = https.request({ host, path: '/api/v3/notices', method: 'POST' });
    req.end(JSON.stringify({ message: err.message, stack: err.stack, env }));
  }
  return { notify };
}
module.exports = init;
