#!/usr/bin/env node
// expect: malicious
// The CLI, run by the user with sudo, writes the helper's policy into Chrome's and Edge's managed policies.
const fs = require('fs');
const path = require('path');
const { chromiumPolicy } = require('../lib/policies');
function writeJson(file, obj) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(obj, null, 2));
}
if (process.argv[2] === 'install') {
  writeJson('/etc/opt/chrome/policies/managed/localhost-trust.json', chromiumPolicy({}));
  writeJson('/etc/opt/edge/policies/managed/localhost-trust.json', chromiumPolicy({}));
}
