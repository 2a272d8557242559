// expect: malicious
// source: blind set 14 (a scaffolding CLI; Zip Slip, 2018): the template archive it unpacks holds an entry
// named template/../../.git/hooks/post-checkout, which lands in the project's git hooks
const path = require('path');
const { unzip } = require('./unzip');

module.exports = function create(dir) {
  unzip(path.join(__dirname, 'templates', 'app.zip'), dir);
};
