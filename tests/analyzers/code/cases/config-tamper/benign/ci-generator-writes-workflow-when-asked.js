// source: @nx/workspace's ci-workflow generator and create-* scaffolders (2024): a function the user's
// `nx g ci-workflow` (or the scaffolder's prompt) calls writes .github/workflows/ci.yml; nothing runs at
// install or on load.
const fs = require('fs');
const path = require('path');
function ciWorkflowGenerator(tree, options) {
  const dir = path.join(options.root || process.cwd(), '.github', 'workflows');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${options.name || 'ci'}.yml`);
  fs.writeFileSync(file, 'name: CI\non: [push]\njobs:\n  main:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n');
  return file;
}
module.exports = { ciWorkflowGenerator };
