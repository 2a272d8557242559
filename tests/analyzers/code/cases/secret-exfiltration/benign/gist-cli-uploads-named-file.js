// A gist CLI uploads the file the user names, with the user's own token from the environment.
const fs = require('fs');
const path = require('path');
const { Octokit } = require('@octokit/rest');
async function upload(file, token) {
  const octokit = new Octokit({ auth: token });
  const { data } = await octokit.rest.gists.create({ public: false, files: { [path.basename(file)]: { content: fs.readFileSync(file, 'utf8') } } });
  return data.html_url;
}
module.exports = { upload };
