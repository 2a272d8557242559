// source: a telemetry client (node-machine-id shape): the machine id is a hash of the host name it sends as it is,
// and a list of known file checksums is looked up with a file's digest, not with who the machine is
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const KNOWN = ['9f86d081884c7d659a2feaa0c55ad015', 'a3f390d88e4c41f2747bfa2f1b5f87db', 'e4d909c290d0fb1ca068ffaddf22cbd0'];
const machineId = crypto.createHash('sha256').update(os.hostname()).digest('hex');
exports.event = (name) => fetch('https://telemetry.example/e', { method: 'POST', body: JSON.stringify({ name, machineId }) });
exports.isKnown = (file) => KNOWN.includes(crypto.createHash('md5').update(fs.readFileSync(file)).digest('hex'));
