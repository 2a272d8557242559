// A notes CLI shares the note file the user names as a gist through gh: what it publishes is what it is asked to.
const { execFileSync } = require('child_process');
const fs = require('fs');
function gh(args, input) {
  return execFileSync('gh', args, { input, encoding: 'utf8' }).trim();
}
function share(file) {
  return gh(['gist', 'create', '--filename', 'note.md', '-'], fs.readFileSync(file, 'utf8'));
}
const [file] = process.argv.slice(2);
if (file) console.log(share(file));
