// when: install
// A platform binary from the project's GitHub releases: a well-known host.
const https = require('https'), fs = require('fs');
https.get('https://github.com/o/r/releases/download/v1/tool-linux-x64', (r) => {
  r.pipe(fs.createWriteStream('bin/tool')).on('finish', () => fs.chmodSync('bin/tool', 0o755));
});
