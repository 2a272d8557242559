// source: GitHub API helpers in CLIs and bots (octokit-less clients): an axios instance bound to
// api.github.com carries the user's token as its credential; what it posts is what the caller asks.
const axios = require('axios');
const gh = axios.create({
  baseURL: 'https://api.github.com',
  headers: { Authorization: `token ${process.env.GITHUB_TOKEN}`, Accept: 'application/vnd.github+json' },
});
async function comment(repo, issue, body) {
  return (await gh.post(`/repos/${repo}/issues/${issue}/comments`, { body })).data;
}
module.exports = { comment };
