// source: @datadog/datadog-ci@5.25.0 dist/bundle.js (esbuild, minified): every module of the bundle
// reuses one-letter names. A PATH search's `s` returns the working directory and the user's name for
// a log line; an HTTP client's own `s` (a serializer it was given) writes the request body. A call
// to `s` in the client is not a call of the other module's `s`.
const os = require('os');
const net = require('net');

(function () {
  function s() {
    return [process.cwd(), os.userInfo().username, os.hostname()].join(':');
  }
  console.debug(`which: searching from ${s()}`);
})();

(function (opts) {
  var s = opts.serialize || JSON.stringify;
  var n = net.connect(443, 'intake.telemetry.example');
  n.write(s({ event: 'start', version: '5.25.0' }));
})({});
