// source: the shape of GCP helper CLIs and libraries: the token `gcloud auth print-access-token` prints, sent as the Authorization of Google's own API
const https = require('https');
const { execFileSync } = require('child_process');
function listSinks(project) {
  const token = execFileSync('gcloud', ['auth', 'print-access-token'], { encoding: 'utf8' }).trim();
  return new Promise((resolve) => {
    https.get({ host: 'logging.googleapis.com', path: `/v2/projects/${project}/sinks`, headers: { Authorization: 'Bearer ' + token } }, (res) => resolve(res.statusCode));
  });
}
module.exports = { listSinks };
