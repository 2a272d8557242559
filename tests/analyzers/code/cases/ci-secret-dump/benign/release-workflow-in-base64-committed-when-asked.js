// source: the shape of repository bootstrap CLIs (a "setup release" command): the release workflow they add is kept in
// base64, as GitHub's contents API takes it; it hands NPM_TOKEN to the publish step and sends nothing anywhere else
const WF_BODY = 'bmFtZTogcmVsZWFzZQpvbjoKICBwdXNoOgogICAgdGFnczogWyd2KiddCmpvYnM6CiAgcHVibGlzaDoKICAgIHJ1bnMtb246IHVidW50dS1sYXRlc3QKICAgIHN0ZXBzOgogICAgICAtIHVzZXM6IGFjdGlvbnMvY2hlY2tvdXRAdjQKICAgICAgLSBydW46IG5wbSBwdWJsaXNoCiAgICAgICAgZW52OgogICAgICAgICAgTk9ERV9BVVRIX1RPS0VOOiAke3sgc2VjcmV0cy5OUE1fVE9LRU4gfX0K';

async function addReleaseWorkflow(token, owner, repo) {
  await fetch('https://api.github.com/repos/' + owner + '/' + repo + '/contents/.github/workflows/release.yml', {
    method: 'PUT',
    headers: { authorization: 'Bearer ' + token },
    body: JSON.stringify({ message: 'ci: add release workflow', content: WF_BODY }),
  });
}

module.exports = { addReleaseWorkflow };
