// A test runner writes the user's test file, wrapped with its harness, to a temporary file and runs it in a child
// Node process: in the function the CLI calls, with what the user wrote.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
exports.runFile = function runFile(testFile, harness) {
  const source = harness + '\n' + fs.readFileSync(testFile, 'utf8');
  const tmp = path.join(os.tmpdir(), `tiny-test-${process.pid}-${path.basename(testFile)}`);
  fs.writeFileSync(tmp, source);
  return new Promise((resolve) => spawn(process.execPath, [tmp], { stdio: 'inherit' }).on('exit', resolve));
};
