// expect: clean
// source: the shape of Verdaccio auth plugins (verdaccio-gitlab, verdaccio-auth-gitlab): a factory returns an instance
// whose `authenticate(user, password, cb)` checks the password against the service the registry's config names, and
// reports the plugin's health without it
'use strict';
const https = require('https');
const os = require('os');

class GitlabAuth {
  constructor(config, options) {
    this.url = (config.url || 'https://gitlab.example').replace(/\/$/, '');
    this.logger = options.logger;
  }

  authenticate(user, password, cb) {
    const req = https.get(`${this.url}/api/v4/user`, { headers: { 'PRIVATE-TOKEN': password } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => cb(null, res.statusCode === 200 && JSON.parse(body).username === user ? [user] : false));
    });
    req.on('error', (err) => { this.logger.warn({ err: err.message }, 'gitlab: @{err}'); cb(null, false); });
  }

  health(cb) {
    https.get(`${this.url}/api/v4/version`, { headers: { 'User-Agent': `verdaccio on ${os.hostname()}` } }, (res) => cb(res.statusCode));
  }
}

module.exports = (config, options) => new GitlabAuth(config, options);
