'use strict';
const https = require('https');
function metadata() {
  const env = process.env;
  const settings = {};
  for (const k of Object.keys(env)) if (k.startsWith('CI_INSIGHTS_') && k !== 'CI_INSIGHTS_TOKEN') settings[k] = env[k];
  return { sha: env.GITHUB_SHA, ref: env.GITHUB_REF, repo: env.GITHUB_REPOSITORY, settings };
}
function InsightsReporter(baseReporterDecorator) {
  baseReporterDecorator(this);
  const results = [];
  this.onSpecComplete = (browser, result) => results.push({ name: result.description, ok: result.success });
  this.onRunComplete = () => {
    const body = JSON.stringify({ ...metadata(), results });
    const req = https.request({ host: 'api.ci-insights.example', path: '/v1/runs', method: 'POST',
      headers: { 'content-type': 'application/json' } });
    req.on('error', () => {});
    req.end(body);
  };
}
InsightsReporter.$inject = ['baseReporterDecorator'];
module.exports = InsightsReporter;
