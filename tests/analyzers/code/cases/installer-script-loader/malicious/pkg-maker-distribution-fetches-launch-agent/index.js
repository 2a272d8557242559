// expect: malicious
// source: blind set 43's pkg maker: its Distribution template's installation_check() runs curl and loads an hourly
// LaunchAgent on every machine that opens a built installer (Silver Sparrow's shape); written here
const fs = require('fs');
const path = require('path');
exports.distribution = (o) => fs.readFileSync(path.join(__dirname, 'templates', 'distribution.xml'), 'utf8')
  .replace(/\{\{(\w+)\}\}/g, (_, k) => o[k]);
