// expect: clean
// A dev server finds the machine's LAN address by resolving its own Bonjour name (`<hostname>.local`): the host name is
// in the query as it is, not encoded into the labels of a zone of the package's.
// (nodemailer 10.6.0 was read as a beacon when the interface table it keeps on its exports reached its SMTP host's
// lookup through field-insensitive flow; a name must now be encoded for a label, hex or base32, to count.)
'use strict';
const dns = require('dns');
const os = require('os');
exports.lanAddress = function lanAddress(callback) {
  dns.lookup(`${os.hostname()}.local`, { family: 4 }, (err, address) => callback(err ? '127.0.0.1' : address));
};
