// source: esbuild@0.25 install.js: when the optional platform package is missing (npm --no-optional),
// the installer runs npm install of that package, which the manifest declares, in a scratch directory.
module.exports = require('./install.js');
