// expect: malicious
// source: dead-drop loaders in feature-flag and config clients (gist/pastebin stages, 2023-2025 reports):
// the client's own start() also starts a class of another file whose start() has the same name.
const { RemoteDefaults } = require('./remote-defaults');
class FlagClient {
  constructor() { this.flags = {}; this.remote = new RemoteDefaults(); }
  start() { this.remote.start(); return this; }
  isEnabled(flag) { return this.flags[flag] === true; }
}
module.exports = { FlagClient };
