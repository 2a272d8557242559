// expect: clean
// source: version-manager doctors (nvm-doctor-like CLIs) read nvm's default-packages to report what every new Node
// version will get; they print it, they do not write it
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const file = path.join(process.env.NVM_DIR || path.join(os.homedir(), '.nvm'), 'default-packages');
let listed = [];
try { listed = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean); } catch (e) {}
console.log(listed.length ? 'default packages: ' + listed.join(', ') : 'no default packages');
