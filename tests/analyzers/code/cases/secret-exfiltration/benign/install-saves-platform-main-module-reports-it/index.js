// expect: benign
// The first load reports which binary the install picked to the project's own endpoint, unless the user opted out:
// the file holds the platform, not the environment (compare the malicious case of the same shape).
'use strict';
if (!process.env.NATIVE_BUILD_REPORT_DISABLE) require('./lib/report').send();
module.exports = require('./lib/report').binaryName;
