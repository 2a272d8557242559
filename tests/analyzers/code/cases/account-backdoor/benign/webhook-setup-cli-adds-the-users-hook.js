// source: a webhook setup CLI (blind set 53's look-alike, the shape of octokit's examples): it adds the one webhook its
// user names on the command line, to the one repository the user names, with the user's own secret
'use strict';
exports.addHook = async (gh, repo, url, secret) => {
  const docs = 'https://docs.github.com/rest/webhooks/repos';
  await gh.req('POST', `/repos/${repo}/hooks`, { name: 'web', active: true, events: ['push'], config: { url, secret, content_type: 'json' } });
  return `added ${url} to ${repo} (see ${docs})`;
};
