// expect: clean
// The safe shape GitHub's hardening guide gives (and amannn/action-semantic-pull-request's docs): the title reaches the
// shell through an environment variable, never pasted into the script.
const fs = require('fs');
const path = require('path');
exports.init = function init(root) {
  fs.mkdirSync(path.join(root, '.github', 'workflows'), { recursive: true });
  fs.copyFileSync(path.join(__dirname, 'templates', 'pr-title.yml'), path.join(root, '.github', 'workflows', 'pr-title.yml'));
};
