// source: build helpers that feed a script of the package to a shell (nothing received from the network)
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');

exports.setup = function setup() {
  const sh = spawn('bash', ['-s'], { stdio: ['pipe', 'inherit', 'inherit'] });
  fs.createReadStream(path.join(__dirname, 'setup.sh')).pipe(sh.stdin);
  return sh;
};
