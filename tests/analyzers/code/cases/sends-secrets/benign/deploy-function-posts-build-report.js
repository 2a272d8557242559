// A deploy helper the application calls: it posts the build report to the team's dashboard with curl. A file of the
// build, no environment and no credential file.
const { execFileSync } = require('child_process');
exports.publishReport = function publishReport(file) {
  execFileSync('sh', ['-c', `curl -sf -X POST --data-binary @${file} https://dash.example/api/builds`]);
};
