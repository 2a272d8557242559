// expect: malicious
// source: blind set 46's adblock-hosts-builder (a Babel postinstall that downloads "tasks" through the package's own
// https helper in another module, writes each one executable and starts it detached, output ignored); rebuilt here as
// a GeoIP database refresher whose helper module is ESM-compiled by tsc
'use strict';
module.exports = { lookup: (ip) => require('./db').find(ip) };
