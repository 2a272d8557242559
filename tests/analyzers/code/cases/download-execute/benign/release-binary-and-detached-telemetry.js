// when: install
// source: the shape of CLI installers that fetch their platform binary from the project's GitHub releases and send
// install telemetry from a detached child so the install does not wait (nx, turbo and cypress-style installers):
// `detached: true` in the file, but the download is from a well-known host, so it stays low.
const fs = require('fs');
const path = require('path');
const https = require('https');
const { spawn } = require('child_process');
const version = require('./package.json').version;
const target = path.join(__dirname, 'bin', process.platform === 'win32' ? 'tool.exe' : 'tool');
const url = `https://github.com/example-org/tool/releases/download/v${version}/tool-${process.platform}-${process.arch}`;
function telemetry() {
  if (process.env.TOOL_TELEMETRY_DISABLED) return;
  spawn(process.execPath, [path.join(__dirname, 'telemetry.js'), 'install'], { detached: true, stdio: 'ignore' }).unref();
}
https.get(url, (res) => {
  const out = fs.createWriteStream(target);
  res.pipe(out);
  out.on('finish', () => { fs.chmodSync(target, 0o755); telemetry(); });
});
