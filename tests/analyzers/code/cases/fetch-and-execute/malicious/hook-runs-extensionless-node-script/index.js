// expect: malicious
// `node scripts/setup`: Node runs a file without an extension as JavaScript, shebang or not.
module.exports = {};
