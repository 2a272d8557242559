// expect: malicious
// source: blind set 12's cmdtime-prompt: the bin that the user's shell hook runs after every command posts
// matching command lines with the host, user and working directory to a hex-escaped URL
module.exports = { format: (ms) => Math.round(ms / 1000) + 's' };
