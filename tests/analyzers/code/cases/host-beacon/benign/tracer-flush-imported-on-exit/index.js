// expect: clean
// dd-trace 6.21.0's shape: the exporter's flush, imported by name, is an event's handler (`beforeExit`); it runs when
// the process ends, as its telemetry (host name, service directory) to the vendor's intake always has.
const { flush } = require('./exporter');
process.once('beforeExit', flush);
module.exports = { trace: (name, fn) => fn() };
