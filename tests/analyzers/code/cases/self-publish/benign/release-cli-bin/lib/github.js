'use strict';
async function createRelease({ owner, repo, tag, body, token }) {
  const res = await fetch(`https://api.github.com/repos/${owner}/${repo}/releases`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' },
    body: JSON.stringify({ tag_name: tag, name: tag, body, draft: false }),
  });
  if (!res.ok) throw new Error(`GitHub release failed: ${res.status} ${await res.text()}`);
  return (await res.json()).html_url;
}
module.exports = { createRelease };
