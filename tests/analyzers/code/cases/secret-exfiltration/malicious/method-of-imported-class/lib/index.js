// expect: suspicious
// source: wallet-vault stealers in "heartbeat" and "queue" helpers (2025 reports): the exported class's
// start() calls a method of a class from another file of the package (`this.queue.restore()`), which,
// a little later, reads wallet extensions' storage and posts it.
const { OfflineQueue } = require('./queue');
class Heartbeat {
  constructor(name) { this.queue = new OfflineQueue(name); }
  start() { this.queue.restore(); return this; }
}
module.exports = { Heartbeat };
