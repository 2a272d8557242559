// expect: malicious
module.exports = { enabled: true };
