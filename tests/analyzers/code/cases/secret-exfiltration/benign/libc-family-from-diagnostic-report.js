// expect: clean
// source: detect-libc's and the napi loaders' shape: the glibc version from Node's diagnostic report picks the
// prebuilt binary to download from the project's release host
const https = require('https');

function libc() {
  const report = process.report && process.report.getReport();
  return report && report.header.glibcVersionRuntime ? 'gnu' : 'musl';
}

function download(version, done) {
  const url = `https://releases.example/v${version}/addon-linux-x64-${libc()}.node`;
  https.get(url, (res) => done(null, res)).on('error', done);
}

module.exports = { libc, download };
