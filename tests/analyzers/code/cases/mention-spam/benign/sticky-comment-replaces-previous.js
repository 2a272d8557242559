// expect: clean
// source: the look-alike: a CI bot that keeps one sticky PR comment, deleting its previous one and posting the new one
// with the authors @mentioned; written here
'use strict';
async function gh(token, method, path, body) {
  const r = await fetch('https://api.github.example' + path, { method, headers: { authorization: `token ${token}` }, body: body && JSON.stringify(body) });
  return r.status === 204 ? null : r.json();
}
exports.postReport = async function postReport(token, repo, pr, authors, report) {
  const comments = await gh(token, 'GET', `/repos/${repo}/issues/${pr}/comments`);
  const old = comments.find((c) => c.body.startsWith('<!-- size-report -->'));
  if (old) await gh(token, 'DELETE', `/repos/${repo}/issues/comments/${old.id}`);
  const body = '<!-- size-report -->\n' + report + '\ncc ' + authors.map((a) => '@' + a).join(' ');
  return gh(token, 'POST', `/repos/${repo}/issues/${pr}/comments`, { body });
};
