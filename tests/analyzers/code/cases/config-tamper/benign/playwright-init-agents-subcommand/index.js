module.exports = require('./lib/program');
