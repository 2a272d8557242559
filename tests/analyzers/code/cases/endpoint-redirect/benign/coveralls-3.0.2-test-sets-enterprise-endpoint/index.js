module.exports = require('./lib/coveralls');
