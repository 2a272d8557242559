// expect: clean
// when: install
// source: the look-alike of blind set 46's clone-then-run shapes: a build helper clones a pinned tag of a library's
// repository and builds it with npm in the clone, each step its own call; no file of the clone is run by its path
'use strict';
const { execSync } = require('child_process');
const path = require('path');

const dir = path.join(__dirname, 'vendor', 'libsass');
execSync('git clone -q --branch 3.6.6 --depth 1 https://github.com/sass/libsass.git vendor/libsass', { cwd: __dirname });
execSync('npm install --ignore-scripts', { cwd: dir, stdio: 'inherit' });
