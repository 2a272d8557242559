// expect: clean
// source: an Entra admin library that federates a domain with the identity provider its user passes in (issuer,
// sign-in URL and certificate are the caller's)
async function federate(graph, domainId, idp) {
  return graph.post(`/domains/${domainId}/federationConfiguration`, {
    '@odata.type': '#microsoft.graph.internalDomainFederation',
    issuerUri: idp.issuer,
    passiveSignInUri: idp.signInUrl,
    signingCertificate: idp.certificate
  });
}

async function list(graph, domainId) {
  return (await graph.get(`/domains/${domainId}/federationConfiguration`)).value;
}

module.exports = { federate, list };
