module.exports = require('./firefox/profile');
