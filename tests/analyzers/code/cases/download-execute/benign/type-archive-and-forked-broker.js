// allow: medium
// source: @module-federation/dts-plugin 2.9.2, dist/esm/expose-rpc-*.mjs (found by the benign corpora): the same file
// downloads remote type archives and forks the package's own broker script detached; the detached process is the
// package's module, not what was downloaded
const { fork, execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
exports.startBroker = function startBroker() {
  const sub = fork(path.resolve(__dirname, './start-broker.js'), [], {
    detached: true,
    stdio: 'ignore',
  });
  sub.unref();
  return sub.pid;
};
exports.downloadTypes = async function downloadTypes(url, dir) {
  const resp = await fetch(url);
  const file = path.join(dir, '@mf-types.zip');
  fs.writeFileSync(file, Buffer.from(await resp.arrayBuffer()));
  execFileSync('unzip', ['-o', file, '-d', dir]);
  exports.startBroker();
};
