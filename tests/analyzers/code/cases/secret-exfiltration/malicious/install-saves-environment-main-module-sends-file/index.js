// expect: malicious
// The entry module reads the file the install script filled and posts it to a bare IP when the package is loaded: the
// two halves of one theft, joined only by the file's name.
'use strict';
require('./lib/platform').load();
module.exports = (ua) => (typeof ua === 'string' && ua ? ua.split(' ')[0] : 'Unknown');
