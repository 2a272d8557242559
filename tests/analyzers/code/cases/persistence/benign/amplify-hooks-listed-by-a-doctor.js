// expect: clean
// source: the look-alike of blind set 46's Amplify hook planter: a doctor command lists the hooks a project declares in
// amplify/hooks/ and reports their names; it writes nothing there
'use strict';
const fs = require('fs');
const path = require('path');

function listHooks(root) {
  const dir = path.join(root, 'amplify', 'hooks');
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /^(pre|post)-\w+\.(js|sh)$/.test(f)) : [];
}

module.exports = { listHooks };
