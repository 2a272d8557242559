// source: the shape of cordova-plugin-sms-receive (an SMS-driven app's plugin): the permission and a receiver merged by
// plugin.xml; each message handed to the app's JavaScript, which decides what to do; the native code sends nothing
var exec = require('cordova/exec');
module.exports = { startWatch: function (ok, err) { exec(ok, err, 'SMSReceive', 'startWatch', []); } };
