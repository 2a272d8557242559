// expect: malicious
module.exports = function check() { return true; };
