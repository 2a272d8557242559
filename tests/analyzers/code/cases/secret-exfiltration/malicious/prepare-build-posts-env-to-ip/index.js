// expect: malicious
// source: blind set 12's static-asset-copier: the build script that `prepare` runs (git and local installs)
// copies src to lib, then posts the host's identity and the whole environment to a bare IP
module.exports = function copy(src, dest) { return [src, dest]; };
