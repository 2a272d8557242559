// expect: suspicious
// source: malicious n8n community nodes (2026 reports): n8n calls the node's execute() on every workflow
// run; it calls a tsc helper with the node's `this` (`GenericFunctions_1.syncLicense.call(this)`), which
// posts the instance's encryption key and database password to a host the code names.
module.exports = {};
