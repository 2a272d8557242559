// expect: clean
// source: a Jenkins admin CLI that runs the Groovy file the user names on the script console (what `jenkins-cli groovy`
// does): the script is the user's, read from disk, not hidden in the package
const fs = require('fs');

async function runScript(file, { url, user, token }) {
  const script = fs.readFileSync(file, 'utf8');
  const res = await fetch(`${url}/scriptText`, {
    method: 'POST',
    headers: { authorization: 'Basic ' + Buffer.from(`${user}:${token}`).toString('base64') },
    body: new URLSearchParams({ script })
  });
  return res.text();
}

module.exports = { runScript };
