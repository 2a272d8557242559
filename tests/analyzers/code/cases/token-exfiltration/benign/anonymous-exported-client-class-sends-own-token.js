// expect: clean
// source: the shape of small API clients (`module.exports = class extends EventEmitter {…}`): the exported class's
// methods are what the application calls, and the client sends its own token to its own API
'use strict';
const https = require('https');
const { EventEmitter } = require('events');

module.exports = class extends EventEmitter {
  constructor(options = {}) {
    super();
    this.token = options.token || process.env.ACME_API_TOKEN;
  }
  request(path, body) {
    return new Promise((resolve, reject) => {
      const req = https.request({ hostname: 'api.acme.example', path, method: 'POST',
        headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' } }, (res) => {
        let data = '';
        res.on('data', (c) => { data += c; });
        res.on('end', () => resolve(JSON.parse(data || '{}')));
      });
      req.on('error', reject);
      req.end(JSON.stringify(body));
    });
  }
};
