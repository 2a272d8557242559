// source: @octokit/auth-app@8.3.1 dist-node/index.js: the app's private key signs a JSON Web Token
// (universal-github-app-jwt); only the token goes out, as the bearer of the installation-token request.
import githubAppJwt from 'universal-github-app-jwt';

async function getAppAuthentication({ appId, privateKey }) {
  const appAuthentication = await githubAppJwt({ id: appId, privateKey });
  return { type: 'app', token: appAuthentication.token, appId: appAuthentication.appId };
}

export async function getInstallationAuthentication(state, options, customRequest) {
  const request = customRequest || state.request;
  const appAuthentication = await getAppAuthentication(state);
  const payload = {
    installation_id: options.installationId,
    headers: { authorization: `bearer ${appAuthentication.token}` },
  };
  const { data } = await request('POST /app/installations/{installation_id}/access_tokens', payload);
  return data.token;
}
