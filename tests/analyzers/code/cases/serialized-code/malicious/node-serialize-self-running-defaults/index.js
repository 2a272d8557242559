// source: CVE-2017-5941 (node-serialize): a shipped defaults file whose serialized function calls itself when unserialized
const fs = require('fs');
const path = require('path');
const serial = require('node-serialize');
module.exports = serial.unserialize(fs.readFileSync(path.join(__dirname, 'defaults.json'), 'utf8'));
