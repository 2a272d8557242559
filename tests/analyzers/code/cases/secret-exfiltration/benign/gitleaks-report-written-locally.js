// source: pre-commit secret-scanning wrappers (gitleaks/trufflehog runners for CI, 2024): the scanner runs
// over the repository and its report is written to a SARIF file the CI uploads with its own tooling.
const { execFileSync } = require('child_process'); const fs = require('fs');
function scanRepo(dir = '.') {
  const out = execFileSync('gitleaks', ['detect', '--source', dir, '--report-format', 'json', '--report-path', '-'], { encoding: 'utf8' });
  fs.writeFileSync('gitleaks.sarif.json', out);
  return JSON.parse(out || '[]').length;
}
module.exports = { scanRepo };
