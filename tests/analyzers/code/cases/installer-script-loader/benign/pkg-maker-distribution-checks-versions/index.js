// expect: clean
// source: the look-alike: a pkg maker whose Distribution template refuses to install over a newer copy and runs
// `sw_vers` to check the OS; it downloads nothing; written here
const fs = require('fs');
const path = require('path');
exports.distribution = (o) => fs.readFileSync(path.join(__dirname, 'templates', 'distribution.xml'), 'utf8')
  .replace(/\{\{(\w+)\}\}/g, (_, k) => o[k]);
