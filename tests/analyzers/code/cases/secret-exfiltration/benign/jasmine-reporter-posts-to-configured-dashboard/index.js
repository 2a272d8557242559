// expect: clean
// source: a Jasmine reporter that posts the run's results to the dashboard URL the user configures, with the token
// the user sets for it
'use strict';
const https = require('https');

class DashboardReporter {
  constructor(opts = {}) {
    this.url = opts.url || process.env.JASMINE_DASHBOARD_URL;
    this.results = [];
  }
  specDone(r) { this.results.push({ name: r.fullName, status: r.status, ms: r.duration }); }
  jasmineDone(result) {
    if (!this.url) return;
    const req = https.request(this.url, { method: 'POST', headers: { authorization: `Bearer ${process.env.JASMINE_DASHBOARD_TOKEN}` } });
    req.on('error', () => {});
    req.end(JSON.stringify({ status: result.overallStatus, specs: this.results }));
  }
}

module.exports = DashboardReporter;
