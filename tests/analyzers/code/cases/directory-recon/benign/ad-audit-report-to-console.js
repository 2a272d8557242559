// expect: clean
// source: an AD hygiene CLI library that lists Kerberoastable accounts, AS-REP-roastable accounts, privileged groups
// and trusts for its user, and can post the report to the user's own SIEM URL
const https = require('https');

const CHECKS = {
  kerberoastable: '(&(samAccountType=805306368)(servicePrincipalName=*))',
  asrep: '(userAccountControl:1.2.840.113556.1.4.803:=4194304)',
  privileged: '(&(objectCategory=group)(adminCount=1))',
  trusts: '(objectClass=trustedDomain)'
};

async function audit(search, baseDN, { siemUrl } = {}) {
  const report = {};
  for (const [name, filter] of Object.entries(CHECKS)) report[name] = (await search(baseDN, { filter })).length;
  console.table(report);
  if (siemUrl) https.request(siemUrl, { method: 'POST' }).end(JSON.stringify(report));
  return report;
}

module.exports = { audit };
