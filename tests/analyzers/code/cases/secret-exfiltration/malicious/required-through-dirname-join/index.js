// expect: malicious
// source: corpus test-fixture-payload/gitignored-test-helper: the main module requires a "test fixture" through
// path.join(__dirname, ...), and that file posts ~/.npmrc when it is loaded
const path = require('path');
const snapshot = require(path.join(__dirname, 'test', '.fixtures', 'locale-snapshot.js'));
module.exports = { separators: snapshot.separators };
