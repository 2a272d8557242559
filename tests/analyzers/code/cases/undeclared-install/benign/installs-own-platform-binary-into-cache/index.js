// expect: clean
// A CLI that installs its engine on first use into its cache, by name and version from the registry the user's npm is
// set to (the version a constant, the cache directory known at run time): no URL of its own.
const { execFileSync } = require('child_process');
const os = require('os');
const path = require('path');
const ENGINE = `fast-image-cli-${process.platform}-${process.arch}`;
const CACHE = path.join(os.homedir(), '.cache', 'fast-image-cli');
module.exports = function engine() {
  try {
    return require(require.resolve(ENGINE, { paths: [CACHE] }));
  } catch {
    execFileSync('npm', ['install', '--no-save', '--prefix', CACHE, `${ENGINE}@2.1.0`], { stdio: 'inherit' });
    return require(require.resolve(ENGINE, { paths: [CACHE] }));
  }
};
