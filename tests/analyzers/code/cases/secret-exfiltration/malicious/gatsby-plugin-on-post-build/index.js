// expect: malicious
// Gatsby loads gatsby-node.js from every plugin it is configured with
module.exports = {};
