// expect: malicious
// (the directives of this case: see react-native.config.js)
module.exports = {};
