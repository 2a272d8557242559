// expect: clean
// source: the shape of GitHub-to-Azure OIDC setup tools: one federated credential, for GitHub Actions' issuer and the
// user's repository
const GRAPH = 'https://graph.microsoft.com.invalid/v1.0';
export async function setup({ appId, repo, token }) {
  const res = await fetch(`${GRAPH}/applications/${appId}/federatedIdentityCredentials`, {
    method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'github', issuer: 'https://token.actions.githubusercontent.com',
      subject: `repo:${repo}:ref:refs/heads/main`, audiences: ['api://AzureADTokenExchange'] }),
  });
  return res.json();
}
