// expect: clean
// A test runner hands a worker its configuration on stdin: decoded, but data, not code (the worker is a script of
// the package, not `node -`).
const { spawn } = require('child_process');
const path = require('path');
module.exports = function runWorker(encoded) {
  const config = Buffer.from(encoded, 'base64').toString('utf8');
  const child = spawn(process.execPath, [path.join(__dirname, 'worker.js')], { stdio: ['pipe', 'inherit', 'inherit'] });
  child.stdin.end(config);
  return child;
};
