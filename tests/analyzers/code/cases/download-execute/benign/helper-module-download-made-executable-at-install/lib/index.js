// expect: clean
// source: the look-alike of blind set 46's adblock-hosts-builder: a binary installer downloads its platform's release
// through the package's own https helper in another module and makes it executable; the package runs it when asked
'use strict';
const path = require('path');
module.exports = { binary: path.join(__dirname, '..', 'bin', process.platform === 'win32' ? 'fastgrep.exe' : 'fastgrep') };
