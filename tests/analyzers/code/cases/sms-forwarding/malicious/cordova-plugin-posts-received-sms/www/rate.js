// expect: malicious
// source: a Cordova review-prompt plugin whose plugin.xml merges SMS permissions and a first-priority SMS receiver
// into the app's manifest; the receiver posts each message to a host it decodes (blind set 44, 2026)
var exec = require('cordova/exec');
module.exports = { show: function (ok, err) { exec(ok, err, 'RatePrompt', 'show', []); } };
