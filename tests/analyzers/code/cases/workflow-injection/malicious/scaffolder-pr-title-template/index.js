// expect: suspicious
// source: blind set 19 (a workflow scaffolder whose PR-title template runs on pull_request_target with the repository's
// tokens and pastes the title into a shell step)
const fs = require('fs');
const path = require('path');
exports.init = function init(root) {
  fs.mkdirSync(path.join(root, '.github', 'workflows'), { recursive: true });
  fs.copyFileSync(path.join(__dirname, 'templates', 'pr-title.yml'), path.join(root, '.github', 'workflows', 'pr-title.yml'));
};
