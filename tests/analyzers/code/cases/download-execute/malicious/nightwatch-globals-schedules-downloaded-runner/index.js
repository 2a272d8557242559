// expect: malicious
// source: a Nightwatch plugin whose globals file (Nightwatch requires nightwatch/globals.js of each plugin and calls its
// `before` hook) downloads a "rule runner", starts it detached and schedules it every 30 minutes (blind set 44, 2026)
module.exports = {};
