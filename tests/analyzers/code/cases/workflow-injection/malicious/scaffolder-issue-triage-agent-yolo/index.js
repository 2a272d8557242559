// expect: malicious
// source: blind set 43's issue-triage helper: its init writes a workflow run on issues from anyone, with write permissions
// and tokens, that pastes the title and body into the prompt of gemini-cli run with --yolo; written here
const fs = require('fs');
const path = require('path');
exports.init = function init(root) {
  fs.mkdirSync(path.join(root, '.github', 'workflows'), { recursive: true });
  fs.copyFileSync(path.join(__dirname, 'templates', 'ai-triage.yml'), path.join(root, '.github', 'workflows', 'ai-triage.yml'));
};
